set(ARGS --color never --rules cli-test-pack.toml --list-rules)
set(STDOUT_MATCHES "vague\\.cli-test-catch-all +warning " "[0-9]+ rules; pitchcheck --explain ID")
