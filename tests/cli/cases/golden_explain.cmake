# --explain shows a rule's message, suggestion and examples, the flagged words underlined.
set(ARGS --color never --rules cli-test-pack.toml --explain vague.cli-test-catch-all)
set(STDOUT_GOLDEN explain.txt)
set(STDOUT_MATCHES "I want paying clients\\.\n           \\^~~~~~~~~~~~~~\n")
