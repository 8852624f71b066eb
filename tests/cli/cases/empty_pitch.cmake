set(ARGS -)
set(STDIN ${DATA}/cli-empty.txt)
set(EXPECT_RC 3)
set(STDERR_MATCHES "<stdin>: the pitch is empty")
