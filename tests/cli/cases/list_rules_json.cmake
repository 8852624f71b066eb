set(ARGS --format json --rules cli-test-pack.toml --list-rules)
set(STDOUT_MATCHES "^.\n  {" "\"id\": \"vague\\.cli-test-catch-all\"" "\"trigger\": ")
