set(ARGS --color never --rules cli-test-pack.toml --disable vague.cli-test-catch-all pitches/zoe.txt)
set(STDOUT_NOT_MATCHES "cli-test-catch-all")
