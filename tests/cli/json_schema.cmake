# Runs `pitchcheck --format json INPUT`, saves the output, and validates it against SCHEMA.
execute_process(COMMAND ${PITCHCHECK} --format json ${INPUT} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 AND NOT rc EQUAL 1)
  message(FATAL_ERROR "pitchcheck exited ${rc} on ${INPUT}")
endif()
execute_process(COMMAND ${VALIDATE} ${SCHEMA} ${OUTPUT} RESULT_VARIABLE vrc)
if(NOT vrc EQUAL 0)
  message(FATAL_ERROR "pitchcheck's JSON for ${INPUT} does not satisfy ${SCHEMA}")
endif()
