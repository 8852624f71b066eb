# Batch as one JSON document: {"pitches": [REPORT…], "group": {…}}.
set(ARGS batch --format json --rules cli-test-pack.toml group.csv)
set(STDOUT_GOLDEN batch-group.json)
set(STDOUT_MATCHES "^{\"pitches\": .\n{\"id\"" "\"group\": {" "\"bands\"")
