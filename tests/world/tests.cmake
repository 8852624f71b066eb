# Checks against the world: public data in ../shared/eval, read in place. Reported, not enforced: these are
# measurements to improve, not floors to game. Skipped when the data is not beside the checkout.
add_executable(pitchclarity_world world/world.cpp corpus/metrics.cpp)
target_link_libraries(pitchclarity_world PRIVATE pitchclarity_internal)
target_include_directories(pitchclarity_world PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
pitchclarity_warnings(pitchclarity_world)
if(EXISTS ${PROJECT_SOURCE_DIR}/../shared/eval)
  add_test(NAME world.checks COMMAND pitchclarity_world ${PROJECT_SOURCE_DIR}/../shared/eval)
endif()
