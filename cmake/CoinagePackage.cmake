# `cpack` (after a build) writes coinage_VERSION_ARCH.deb: the installed tree of `cmake --install`, with its library
# dependencies worked out by dpkg-shlibdeps. scripts/test-package installs it in a clean Debian 13 root.
set(CPACK_PACKAGE_NAME coinage)
set(CPACK_PACKAGE_VENDOR "The Coinage developers")
set(CPACK_PACKAGE_CONTACT "The Coinage developers <coinage@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "A Markdown editor for essays in Chinese and English: voices panel, footnote manager, bilingual view,\n\
Jekyll front matter form and a command line that checks and exports posts.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY coinage)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION editors)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the X11/Wayland platform plugins and the SVG icon loader.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-svg-plugins")
# Spell checking needs a Sonnet backend and a dictionary, also loaded at run time (without them the editor simply
# underlines nothing).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, jekyll, sonnet6-plugins, hunspell-en-us | hunspell-dictionary")
include(CPack)
