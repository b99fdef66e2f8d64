#ifndef SOVSCAN_CLIBXML2_SHIM_H
#define SOVSCAN_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, so <libxml/encoding.h> includes the system's <unicode/ucnv.h>, whose
   enums clash with the ICU copy inside Foundation. sovscan only handles encoding handlers through pointers, so
   it declares libxml2 without the ICU members: the structures it reads (the parser context, nodes, errors) do
   not change layout. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#endif
