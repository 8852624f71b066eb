set(ARGS batch --frobnicate group.csv)
set(EXPECT_RC 2)
set(STDERR_MATCHES "unknown option '--frobnicate'")
