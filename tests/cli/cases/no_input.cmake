set(ARGS --format json)
set(EXPECT_RC 2)
set(STDERR_MATCHES "no pitch to check")
