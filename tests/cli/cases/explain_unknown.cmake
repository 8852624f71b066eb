set(ARGS --explain vague.no-such-rule)
set(EXPECT_RC 2)
set(STDERR_MATCHES "--explain vague\\.no-such-rule: there is no rule with that id" "--list-rules")
