# A file nobody may read (chmod 000): "Permission denied", exit 3. CI runs as root, whom permissions do not
# stop, so pc_hardening_measure drops root's CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH first (PC_DROP_DAC):
# the open then fails exactly as it does for a normal user.
file(REMOVE ${DATA}/locked.txt)
file(WRITE ${DATA}/locked.txt "I help independent dental practices in Leeds.")
execute_process(COMMAND chmod 000 ${DATA}/locked.txt COMMAND_ERROR_IS_FATAL ANY)
set(ENV_VARS PC_DROP_DAC=1)
set(ARGS locked.txt)
set(EXPECT_RC 3)
set(STDERR_MATCHES "pitchcheck: error: locked\\.txt: cannot open: Permission denied")
