# gatewayConfigVersion.cmake - the version check of find_package(gateway <version> CONFIG).
# Written by hand rather than by write_basic_package_version_file(), so that `make install` (which
# does not run CMake) and `cmake --install` install the same file, next to gatewayConfig.cmake.
# PACKAGE_VERSION must equal GATEWAY_VERSION_MAJOR/MINOR/PATCH (gateway_json.h), project(VERSION)
# (CMakeLists.txt) and Version: (gateway.pc); tests/version.sh checks that they agree.
#
# Compatibility: SameMinorVersion. Before 1.0 a minor release may break the API (semver: "anything
# MAY change at any time" in 0.y.z), so find_package(gateway 0.1) accepts 0.1.x with x at least the
# one asked for, and rejects 0.2 and 1.0. From 1.0 on this should become SameMajorVersion.
# A version range (find_package(gateway 0.1...0.3), CMake 3.19+) is the caller's own statement of
# what it accepts: the version only has to lie in it. Header-only: no 32/64-bit check.
set(PACKAGE_VERSION "0.1.0")

if(PACKAGE_FIND_VERSION_RANGE)
  if(PACKAGE_VERSION VERSION_LESS PACKAGE_FIND_VERSION_MIN
      OR (PACKAGE_FIND_VERSION_RANGE_MAX STREQUAL "INCLUDE" AND PACKAGE_VERSION VERSION_GREATER PACKAGE_FIND_VERSION_MAX)
      OR (PACKAGE_FIND_VERSION_RANGE_MAX STREQUAL "EXCLUDE" AND NOT PACKAGE_VERSION VERSION_LESS PACKAGE_FIND_VERSION_MAX))
    set(PACKAGE_VERSION_COMPATIBLE FALSE)
  else()
    set(PACKAGE_VERSION_COMPATIBLE TRUE)
  endif()
else()
  string(REGEX MATCH "^[0-9]+\\.[0-9]+" _gateway_major_minor "${PACKAGE_VERSION}")
  if(PACKAGE_VERSION VERSION_LESS PACKAGE_FIND_VERSION
      OR NOT "${PACKAGE_FIND_VERSION_MAJOR}.${PACKAGE_FIND_VERSION_MINOR}" VERSION_EQUAL _gateway_major_minor)
    set(PACKAGE_VERSION_COMPATIBLE FALSE)
  else()
    set(PACKAGE_VERSION_COMPATIBLE TRUE)
    if(PACKAGE_FIND_VERSION VERSION_EQUAL PACKAGE_VERSION)
      set(PACKAGE_VERSION_EXACT TRUE)
    endif()
  endif()
  unset(_gateway_major_minor)
endif()
