# Disabling a rule that does not exist is a usage error, with a suggestion.
set(ARGS --rules cli-test-pack.toml --disable vague.cli-test-catchall pitches/zoe.txt)
set(EXPECT_RC 2)
set(STDERR_MATCHES "pitchcheck: error: " "did you mean 'vague\\.cli-test-catch-all'")
