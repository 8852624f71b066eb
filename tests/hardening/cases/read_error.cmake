# A file that opens but cannot be read: /proc/self/mem fails with EIO at offset 0 for everyone, root too.
set(ARGS /proc/self/mem)
set(EXPECT_RC 3)
set(STDERR_MATCHES "pitchcheck: error: /proc/self/mem: cannot read: Input/output error")
