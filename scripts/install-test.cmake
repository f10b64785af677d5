# Installs the build into a scratch prefix and checks that the installed data
# alone is enough: every lexicon validates, and an analysis run with
# SITREP_DATA pointing at the installed share/sitrep finds the same actors as
# one run from the checkout. Run by ctest (see CMakeLists.txt).
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
set(bin "${PREFIX}/bin/sitrep")
set(share "${PREFIX}/share/sitrep")
foreach(f actors/countries.txt actors/agents.txt events/verbs.txt events/codes.txt
          names/given-names.txt cues.txt places.txt)
  if(NOT EXISTS "${share}/${f}")
    message(FATAL_ERROR "not installed: share/sitrep/${f}")
  endif()
endforeach()
execute_process(COMMAND "${bin}" lexicon check "${share}/actors"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "installed lexicons do not validate: ${err}")
endif()
set(sample "${CMAKE_CURRENT_LIST_DIR}/../data/sample/001_st_varvara_summit.txt")
execute_process(COMMAND "${bin}" analyze "${sample}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE from_checkout)
execute_process(COMMAND "${CMAKE_COMMAND}" -E env "SITREP_DATA=${share}" "${bin}" analyze "${sample}"
                RESULT_VARIABLE rc2 OUTPUT_VARIABLE from_prefix ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT rc2 EQUAL 0)
  message(FATAL_ERROR "installed sitrep analyze failed (${rc}, ${rc2}): ${err}")
endif()
if(NOT from_checkout STREQUAL from_prefix)
  message(FATAL_ERROR "analysis with the installed data differs from the checkout's")
endif()
string(FIND "${from_prefix}" "\"actors\"" at)
if(at EQUAL -1)
  message(FATAL_ERROR "no actors in the installed run's output")
endif()
