# Checks that the libraries keep the direction README's "Layout" describes.
# Run by ctest (tests/layering/CMakeLists.txt) as
#   cmake -DTARGETS_FILE=... [-DPRETEND=file:header] -P check_layering.cmake
# TARGETS_FILE (written at generate time) sets, for each PortalDesk library,
#   <lib>_DIR      its source folder
#   <lib>_LINKS    what it links directly (its LINK_LIBRARIES)
#   <lib>_ALLOWED  the PortalDesk libraries it may link directly
# and PORTALDESK_LIBRARIES, MODELS_LIBRARIES (never Qt Widgets) and
# INTERFACES (entries "lib>other=header,header": what lib may include of
# other, when it may not include the rest of it).
# PRETEND adds one include to one file, so that the test of this check can
# show it failing without touching the tree.
cmake_minimum_required(VERSION 3.25)
include(${TARGETS_FILE})

set(problems "")

# 1. Links: only the declared direction, and no Widgets under models/.
foreach(lib IN LISTS PORTALDESK_LIBRARIES)
    foreach(link IN LISTS ${lib}_LINKS)
        string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
        if(link MATCHES "^portaldesk_" AND NOT link IN_LIST ${lib}_ALLOWED AND NOT link STREQUAL "portaldesk_resources")
            list(APPEND problems "${lib} links ${link}, which the direction does not allow (allowed: ${${lib}_ALLOWED})")
        endif()
    endforeach()
endforeach()

# The libraries lib reaches through its links, itself included.
function(reach lib out)
    set(seen ${lib})
    set(todo ${lib})
    while(todo)
        list(POP_FRONT todo current)
        foreach(link IN LISTS ${current}_LINKS)
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
            if(NOT link IN_LIST seen)
                list(APPEND seen ${link})
                if(link IN_LIST PORTALDESK_LIBRARIES)
                    list(APPEND todo ${link})
                endif()
            endif()
        endforeach()
    endwhile()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

foreach(lib IN LISTS MODELS_LIBRARIES)
    reach(${lib} reached)
    foreach(item IN LISTS reached)
        if(item MATCHES "Widgets")
            list(APPEND problems "${lib} (models/) reaches ${item}: no domain library may link Qt Widgets")
        endif()
    endforeach()
endforeach()

# 2. Includes: every quoted include names a header of the file's own library,
# of one it reaches, or none of ours (generated, moc).
foreach(lib IN LISTS PORTALDESK_LIBRARIES)
    file(GLOB headers RELATIVE ${${lib}_DIR} ${${lib}_DIR}/*.h)
    foreach(header IN LISTS headers)
        if(DEFINED owner_${header})
            # Bare-name includes would then depend on the include path's order.
            list(APPEND problems "${header} is a header of both ${owner_${header}} and ${lib}")
        endif()
        set(owner_${header} ${lib})
    endforeach()
endforeach()

if(PRETEND)
    string(REPLACE ":" ";" pretend "${PRETEND}")
    list(GET pretend 0 pretend_file)
    list(GET pretend 1 pretend_header)
endif()

foreach(lib IN LISTS PORTALDESK_LIBRARIES)
    reach(${lib} reached)
    file(GLOB sources ${${lib}_DIR}/*.cpp ${${lib}_DIR}/*.h)
    foreach(source IN LISTS sources)
        file(STRINGS ${source} lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
        if(PRETEND AND source MATCHES "${pretend_file}$")
            list(APPEND lines "#include \"${pretend_header}\"")
        endif()
        foreach(line IN LISTS lines)
            string(REGEX REPLACE ".*\"([^\"]+)\".*" "\\1" header "${line}")
            set(owner ${owner_${header}})
            if(NOT owner OR owner STREQUAL lib)
                continue()
            endif()
            file(RELATIVE_PATH where ${SOURCE_ROOT} ${source})
            if(NOT owner IN_LIST reached)
                list(APPEND problems "${where} includes ${header} of ${owner}, which ${lib} does not link: the include points the wrong way")
                continue()
            endif()
            foreach(entry IN LISTS INTERFACES)
                if(entry MATCHES "^${lib}>${owner}=(.*)$")
                    string(REPLACE "," ";" allowed "${CMAKE_MATCH_1}")
                    if(NOT header IN_LIST allowed)
                        list(APPEND problems "${where} includes ${header} of ${owner}: ${lib} may use only ${CMAKE_MATCH_1} of it")
                    endif()
                endif()
            endforeach()
        endforeach()
    endforeach()
endforeach()

if(problems)
    list(LENGTH problems count)
    foreach(problem IN LISTS problems)
        message(NOTICE "layering: ${problem}")
    endforeach()
    message(FATAL_ERROR "layering: ${count} problem(s); see README, Layout")
endif()
list(LENGTH PORTALDESK_LIBRARIES count)
message(NOTICE "layering: ${count} libraries keep the direction")
