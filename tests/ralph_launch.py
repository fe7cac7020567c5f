"""Start Ralph's LRS (run with Ralph's own interpreter, see `tests/lrs_server.py`).

Ralph 5.1.0's file-system backend writes every batch with its default operation, CREATE, which
refuses to touch a file that exists: the LRS's first POST creates `fs_lrs.jsonl` and every later
POST fails with HTTP 500 ("already exists and overwrite is not allowed"). APPEND is the operation
its own docs give for adding records to a file, so this launcher makes it the backend's default
before the app is imported; everything else (authentication, statement validation, the check for
ids already stored, the files on disk) is Ralph's own code, unchanged.

    python ralph_launch.py HOST PORT [PORT_FILE]

PORT 0 lets the system pick a free port when the socket is bound, so parallel test runs never
race for one; the port bound is written to PORT_FILE (whole, by a rename) before serving.
"""

import os
import sys

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

if __name__ == "__main__":
    config = uvicorn.Config("ralph.api:app", host=sys.argv[1], port=int(sys.argv[2]),
                            log_level="warning")
    sock = config.bind_socket()
    if len(sys.argv) > 3:
        partial = sys.argv[3] + ".partial"
        with open(partial, "w") as out:
            out.write(str(sock.getsockname()[1]))
        os.replace(partial, sys.argv[3])
    uvicorn.Server(config).run(sockets=[sock])
