"""The generated crowd: who posts and what they say, seeded per drill.

`generator.CrowdGenerator` makes the authors (Faker names in the scenario's locale, heavy-tailed
followers) and the texts; `text` and `moods` hold the words (generic lines, and how worried,
calm, angry and furious people write), `slots` fills `{slots}`, `style` dresses a line as people
type it, `british` rewrites the generic lines in British English. A package of its own because
the crowd is the game's voice, tuned by writers, and needs nothing of the engine: only the
scenario model and Faker.
"""
