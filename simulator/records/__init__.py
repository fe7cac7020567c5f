"""Training records that leave the results store: xAPI statements for an organisation's learning
record store (`xapi`, `lrs`), and the merge of several results files into one (`merge`).

Plain Python, no Textual: the CLI (`simulator.cli.records_cmds`) is a thin layer over these.
"""
