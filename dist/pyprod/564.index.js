export const id = 564;
export const ids = [564];
export const modules = {

/***/ 9564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  definition: () => (/* binding */ definition)
});

// EXTERNAL MODULE: ./src/report/inputs.ts
var inputs = __webpack_require__(3801);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/core/uv-lock-graph.ts
var uv_lock_graph = __webpack_require__(9287);
// EXTERNAL MODULE: ./src/core/uv-project.ts
var uv_project = __webpack_require__(9572);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/actions/license-gate/families.ts
/**
 * Licence families: licensecheck's policy words (apache, bsd, mit, gpl, ...) as groups of SPDX identifiers.
 * The mapping is documented in docs/license-gate-policy.md; keep both in step.
 */
/** The family words a policy may name; each is a group of SPDX identifiers (see FAMILY_PATTERNS). */
const FAMILY_WORDS = [
    'public',
    'unlicense',
    'mit',
    'boost',
    'bsd',
    'isc',
    'ncsa',
    'python',
    'upl',
    'apache',
    'eclipse',
    'afl',
    'mpl',
    'eupl',
    'lgpl',
    'gpl',
    'agpl',
    'proprietary',
];
/**
 * SPDX identifier patterns per family, tried in order. licensecheck matches by substring, which is why it
 * puts WTFPL with the Unlicense and CC0 with the public domain; we keep its grouping but match whole ids,
 * so that `gpl` never catches LGPL or AGPL.
 */
const FAMILY_PATTERNS = [
    ['public', /^(CC0-1\.0|CC-PDDC|LicenseRef-Public-Domain)$/i],
    ['unlicense', /^(Unlicense|WTFPL)$/i],
    ['mit', /^MIT/i],
    ['boost', /^BSL-1\.0$/i],
    ['bsd', /^(0BSD|BSD-.*)$/i],
    ['isc', /^ISC$/i],
    ['ncsa', /^NCSA$/i],
    ['python', /^(PSF-2\.0|Python-.*|CNRI-Python.*)$/i],
    ['upl', /^UPL-1\.0$/i],
    ['apache', /^Apache-/i],
    ['eclipse', /^EPL-/i],
    ['afl', /^AFL-/i],
    ['mpl', /^MPL-/i],
    ['eupl', /^EUPL-/i],
    ['lgpl', /^LGPL-/i],
    ['gpl', /^GPL-/i],
    ['agpl', /^AGPL-/i],
    ['proprietary', /^LicenseRef-Proprietary$/i],
];
/** The family of an SPDX identifier (or LicenseRef-*), `other` when it belongs to none. */
function familyOfId(id) {
    for (const [family, re] of FAMILY_PATTERNS)
        if (re.test(id))
            return family;
    return 'other';
}
function isFamilyWord(word) {
    return FAMILY_WORDS.includes(word);
}

;// CONCATENATED MODULE: ./src/actions/license-gate/spdx-list.json
const spdx_list_namespaceObject = /*#__PURE__*/JSON.parse('{"sP":"SPDX License List 3.27.0, as shipped in packaging 26.3 (packaging/licenses/_spdx.py)","Vy":["0BSD","3D-Slicer-1.0","AAL","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","Afmparse","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","Aladdin","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","any-OSI","any-OSI-perl-modules","Apache-1.0","Apache-1.1","Apache-2.0","APAFML","APL-1.0","App-s2p","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","Arphic-1999","Artistic-1.0","Artistic-1.0-cl8","Artistic-1.0-Perl","Artistic-2.0","Artistic-dist","Aspell-RU","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Baekmuk","Bahyph","Barr","bcrypt-Solar-Designer","Beerware","Bitstream-Charter","Bitstream-Vera","BitTorrent-1.0","BitTorrent-1.1","blessing","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-first-lines","BSD-2-Clause-Patent","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-Views","BSD-3-Clause","BSD-3-Clause-acpica","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-flex","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-Sun","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Protection","BSD-Source-beginning-file","BSD-Source-Code","BSD-Systemics","BSD-Systemics-W3Works","BSL-1.0","BUSL-1.1","bzip2-1.0.6","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","Caldera","Caldera-no-preamble","Catharon","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","check-cvs","checkmk","ClArtistic","Clips","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","Community-Spec-1.0","Condor-1.1","copyleft-next-0.3.0","copyleft-next-0.3.1","Cornell-Lossless-JPEG","CPAL-1.0","CPL-1.0","CPOL-1.02","Cronyx","Crossword","CryptoSwift","CrystalStacker","CUA-OPL-1.0","Cube","curl","cve-tou","D-FSL-1.0","DEC-3-Clause","diffmark","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","DRL-1.0","DRL-1.1","DSDP","dtoa","dvipdfm","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","eGenix","Elastic-2.0","Entessa","EPICS","EPL-1.0","EPL-2.0","ErlPL-1.1","etalab-2.0","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Eurosym","Fair","FBM","FDK-AAC","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Furuseth","fwlw","Game-Programming-Gems","GCR-docs","GD","generic-xts","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","Giftware","GL2PS","Glide","Glulxe","GLWTPL","gnuplot","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Graphics-Gems","gSOAP-1.3b","gtkbook","Gutmann","HaskellReport","HDF5","hdparm","HIDAPI","Hippocratic-2.1","HP-1986","HP-1989","HPND","HPND-DEC","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-Markus-Kuhn","HPND-merchantability-variant","HPND-MIT-disclaimer","HPND-Netrek","HPND-Pbmplus","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-UC","HPND-UC-export-US","HTMLTIDY","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","ImageMagick","iMatix","Imlib2","Info-ZIP","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","IPA","IPL-1.0","ISC","ISC-Veillard","Jam","JasPer-2.0","jove","JPL-image","JPNIC","JSON","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","Latex2e","Latex2e-translated-notice","Leptonica","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","Libpng","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Linux-OpenIB","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","lsof","Lucida-Bitmap-Fonts","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","magaz","mailprio","MakeIndex","man2html","Martin-Birgmeier","McPhee-slideshow","metamail","Minpack","MIPS","MirOS","MIT","MIT-0","MIT-advertising","MIT-Click","MIT-CMU","MIT-enna","MIT-feh","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-open-group","MIT-testregex","MIT-Wu","MITNFA","MMIXware","Motosoto","MPEG-SSG","mpi-permissive","mpich2","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","mplus","MS-LPL","MS-PL","MS-RL","MTLL","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","Naumen","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NetCDF","Newsletr","NGPL","ngrep","NICTA-1.0","NIST-PD","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","Nokia","NOSL","Noweb","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODbL-1.0","ODC-By-1.0","OFFIS","OFL-1.0","OFL-1.0-no-RFN","OFL-1.0-RFN","OFL-1.1","OFL-1.1-no-RFN","OFL-1.1-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","PADL","Parity-6.0.0","Parity-7.0.0","PDDL-1.0","PHP-3.0","PHP-3.01","Pixar","pkgconf","Plexus","pnmstitch","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","PPL","PSF-2.0","psfrag","psutils","Python-2.0","Python-2.0.1","python-ldap","Qhull","QPL-1.0","QPL-1.0-INRIA-2004","radvd","Rdisc","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","Saxpath","SCEA","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGP4","SHL-0.5","SHL-0.51","SimPL-2.0","SISSL","SISSL-1.2","SL","Sleepycat","SMAIL-GPL","SMLNJ","SMPPL","SNIA","snprintf","SOFA","softSurfer","Soundex","Spencer-86","Spencer-94","Spencer-99","SPL-1.0","ssh-keyscan","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SugarCRM-1.1.3","SUL-1.0","Sun-PPP","Sun-PPP-2000","SunPro","SWL","swrule","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TermReadKey","TGPPL-1.0","ThirdEye","threeparttable","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TrustedQSL","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","Ubuntu-font-1.0","UCAR","UCL-1.0","ulem","UMich-Merit","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","UPL-1.0","URT-RLE","Vim","VOSTROM","VSL-1.0","W3C","W3C-19980720","W3C-20150513","w3m","Watcom-1.0","Widget-Workshop","Wsuipa","WTFPL","wwl","X11","X11-distribute-modifications-variant","X11-swapped","Xdebug-1.03","Xerox","Xfig","XFree86-1.1","xinetd","xkeyboard-config-Zinoviev","xlock","Xnet","xpp","XSkat","xzoom","YPL-1.0","YPL-1.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","zlib-acknowledgement","ZPL-1.1","ZPL-2.0","ZPL-2.1"],"io":["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","bzip2-1.0.5","eCos-2.0","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-1.0+","GPL-2.0","GPL-2.0+","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-2.0-with-GCC-exception","GPL-3.0","GPL-3.0+","GPL-3.0-with-autoconf-exception","GPL-3.0-with-GCC-exception","LGPL-2.0","LGPL-2.0+","LGPL-2.1","LGPL-2.1+","LGPL-3.0","LGPL-3.0+","Net-SNMP","Nunit","StandardML-NJ","wxWindows"],"z2":["389-exception","Asterisk-exception","Asterisk-linking-protocols-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","CGAL-linking-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","Digia-Qt-LGPL-exception-1.1","DigiRule-FOSS-exception","eCos-exception-2.0","erlang-otp-linking-exception","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-389-ds-base-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","harbour-exception","i2p-gpl-java-exception","Independent-modules-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","mxml-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PCRE2-exception","polyparse-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","romic-exception","RRDtool-FLOSS-exception-2.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"],"Kl":["Nokia-Qt-exception-1.1"]}');
;// CONCATENATED MODULE: ./src/actions/license-gate/spdx.ts


class SpdxParseError extends Error {
    expression;
    detail;
    constructor(expression, detail) {
        super(`Invalid SPDX expression ${JSON.stringify(expression)}: ${detail}`);
        this.expression = expression;
        this.detail = detail;
        this.name = 'SpdxParseError';
    }
}
const byLower = (ids) => new Map(ids.map((id) => [id.toLowerCase(), id]));
const LICENSES = byLower([...spdx_list_namespaceObject.Vy, ...spdx_list_namespaceObject.io]);
const DEPRECATED = new Set(spdx_list_namespaceObject.io);
const EXCEPTIONS = byLower([...spdx_list_namespaceObject.z2, ...spdx_list_namespaceObject.Kl]);
/** The SPDX License List version the ids come from. */
const SPDX_LIST_SOURCE = spdx_list_namespaceObject.sP;
/** Deprecated `GPL-2.0-with-*-exception` ids, spelled the current way. */
const DEPRECATED_WITH = {
    'GPL-2.0-with-autoconf-exception': ['GPL-2.0-only', 'Autoconf-exception-2.0'],
    'GPL-2.0-with-bison-exception': ['GPL-2.0-only', 'Bison-exception-2.2'],
    'GPL-2.0-with-classpath-exception': ['GPL-2.0-only', 'Classpath-exception-2.0'],
    'GPL-2.0-with-font-exception': ['GPL-2.0-only', 'Font-exception-2.0'],
    'GPL-2.0-with-GCC-exception': ['GPL-2.0-only', 'GCC-exception-2.0'],
    'GPL-3.0-with-autoconf-exception': ['GPL-3.0-only', 'Autoconf-exception-3.0'],
    'GPL-3.0-with-GCC-exception': ['GPL-3.0-only', 'GCC-exception-3.1'],
};
/** The canonical spelling of a listed SPDX licence id, or undefined when it is not on the list. */
function canonicalLicenseId(id) {
    return LICENSES.get(id.toLowerCase());
}
function canonicalExceptionId(id) {
    return EXCEPTIONS.get(id.toLowerCase());
}
function isLicenseRef(id) {
    return /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/i.test(id);
}
function leafLabel(id, plus, exception) {
    return `${id}${plus ? '+' : ''}${exception ? ` WITH ${exception}` : ''}`;
}
/**
 * A leaf for an SPDX id: the GNU ids deprecated in SPDX 3.0 become their `-only` / `-or-later` forms
 * (`GPL-2.0+` is `GPL-2.0-or-later`), so that policies and reports speak one spelling.
 */
function spdxLeaf(id, plus = false, exception) {
    let canonical = canonicalLicenseId(id) ?? id;
    const withForm = DEPRECATED_WITH[canonical];
    if (withForm && !exception)
        [canonical, exception] = withForm;
    if (DEPRECATED.has(canonical) && /^(A|L)?GPL-\d\.\d$|^GFDL-1\.\d$/.test(canonical)) {
        canonical = `${canonical}-${plus ? 'or-later' : 'only'}`;
        plus = false;
    }
    const ref = /^((DocumentRef-[^:]+:)?LicenseRef-)(.*)$/i.exec(canonical);
    if (ref)
        canonical = `${ref[2] ? ref[2] : ''}LicenseRef-${ref[3]}`;
    const leaf = { kind: 'license', id: canonical, family: familyOfId(canonical), label: '' };
    if (plus)
        leaf.plus = true;
    if (exception)
        leaf.exception = canonicalExceptionId(exception) ?? exception;
    leaf.label = leafLabel(canonical, plus, leaf.exception);
    return leaf;
}
/** A leaf that names only a family: what an ambiguous classifier or a bare "BSD" says. */
function familyLeaf(family, label) {
    return { kind: 'license', family, label };
}
/** AND / OR of terms, flattened (`A AND (B AND C)` is `A AND B AND C`) and without repeated terms. */
function combine(kind, terms) {
    const flat = [];
    const seen = new Set();
    for (const t of terms) {
        for (const part of t.kind === kind ? t.terms : [t]) {
            const key = formatExpression(part);
            if (seen.has(key))
                continue;
            seen.add(key);
            flat.push(part);
        }
    }
    if (flat.length <= 1)
        return flat[0];
    return { kind, terms: flat };
}
function tokenize(text) {
    const tokens = [];
    const re = /\s*(?:([()])|([A-Za-z0-9.:+-]+)|(\S))/gy;
    for (let m = re.exec(text); m && m.index < text.length; m = re.exec(text)) {
        if (m[3] !== undefined)
            throw new SpdxParseError(text, `unexpected ${JSON.stringify(m[3])}`);
        const t = m[1] ?? m[2];
        if (t)
            tokens.push({ text: t, at: m.index + m[0].length - t.length });
    }
    return tokens;
}
/** Parses an SPDX expression; throws SpdxParseError naming what is wrong. */
function parseSpdx(text, options = {}) {
    const tokens = tokenize(text);
    let i = 0;
    const peek = () => tokens[i]?.text.toUpperCase();
    const fail = (detail) => {
        throw new SpdxParseError(text, detail);
    };
    const parseOr = () => {
        const terms = [parseAnd()];
        while (peek() === 'OR') {
            i++;
            terms.push(parseAnd());
        }
        return combine('or', terms);
    };
    const parseAnd = () => {
        const terms = [parseWith()];
        while (peek() === 'AND') {
            i++;
            terms.push(parseWith());
        }
        return combine('and', terms);
    };
    const parseWith = () => {
        const tok = tokens[i];
        if (!tok)
            return fail('it ends where a licence was expected');
        if (tok.text === '(') {
            i++;
            const inner = parseOr();
            if (tokens[i]?.text !== ')')
                fail(`missing ")" for the "(" at ${tok.at + 1}`);
            i++;
            return inner;
        }
        if (tok.text === ')' || ['AND', 'OR', 'WITH'].includes(tok.text.toUpperCase())) {
            fail(`"${tok.text}" at ${tok.at + 1} where a licence was expected`);
        }
        i++;
        const orLater = tok.text.endsWith('+');
        const id = orLater ? tok.text.slice(0, -1) : tok.text;
        if (!id || id.includes('+'))
            fail(`"${tok.text}" at ${tok.at + 1} is not a licence id`);
        if (!canonicalLicenseId(id) && !isLicenseRef(id)) {
            if (options.strict || !/^[A-Za-z0-9.-]+$/.test(id))
                fail(`unknown licence id "${id}"`);
        }
        let exception;
        if (peek() === 'WITH') {
            i++;
            const ex = tokens[i];
            if (!ex ||
                ex.text === '(' ||
                ex.text === ')' ||
                ['AND', 'OR', 'WITH'].includes(ex.text.toUpperCase())) {
                return fail('WITH must be followed by an exception id');
            }
            if (options.strict && !canonicalExceptionId(ex.text))
                fail(`unknown exception id "${ex.text}"`);
            exception = ex.text;
            i++;
        }
        return spdxLeaf(id, orLater, exception);
    };
    if (tokens.length === 0)
        fail('it is empty');
    const expr = parseOr();
    if (i < tokens.length)
        fail(`unexpected "${tokens[i].text}" at ${tokens[i].at + 1}`);
    return expr;
}
/** Parses like parseSpdx but returns undefined instead of throwing. */
function tryParseSpdx(text, options = {}) {
    try {
        return parseSpdx(text, options);
    }
    catch (err) {
        if (err instanceof SpdxParseError)
            return undefined;
        throw err;
    }
}
/** The expression as text, with parentheses only where precedence needs them (an OR inside an AND). */
function formatExpression(expr) {
    if (expr.kind === 'license')
        return expr.label;
    const sep = expr.kind === 'and' ? ' AND ' : ' OR ';
    return expr.terms
        .map((t) => (expr.kind === 'and' && t.kind === 'or' ? `(${formatExpression(t)})` : formatExpression(t)))
        .join(sep);
}
function leaves(expr) {
    return expr.kind === 'license' ? [expr] : expr.terms.flatMap(leaves);
}
/** The distinct families of an expression's licences, in order of appearance. */
function familiesOf(expr) {
    if (!expr)
        return ['unknown'];
    return [...new Set(leaves(expr).map((l) => l.family))];
}
/**
 * Evaluates an expression with a verdict per licence: `A OR B` passes when one alternative passes, `A AND B`
 * only when every part does. The reason names the licences that decided it.
 */
function evaluateExpression(expr, judgeLeaf) {
    if (expr.kind === 'license')
        return judgeLeaf(expr);
    const results = expr.terms.map((t) => evaluateExpression(t, judgeLeaf));
    const passed = results.filter((r) => r.pass);
    const failed = results.filter((r) => !r.pass);
    if (expr.kind === 'or') {
        if (passed[0])
            return { pass: true, reason: `one alternative suffices: ${passed[0].reason}` };
        return { pass: false, reason: `no alternative is allowed: ${failed.map((r) => r.reason).join('; ')}` };
    }
    if (failed.length === 0) {
        return { pass: true, reason: `every part is allowed: ${passed.map((r) => r.reason).join('; ')}` };
    }
    return { pass: false, reason: `every part must be allowed: ${failed.map((r) => r.reason).join('; ')}` };
}

;// CONCATENATED MODULE: ./src/actions/license-gate/license-text.ts

/**
 * Recognises licences in free text (a LICENSE file, or a whole licence pasted into the `License` field) by
 * phrases that only that licence contains. Texts are compared as lower-case words, so line breaks, comment
 * markers, markdown and punctuation do not matter.
 */
/** Texts longer than this are only read up to here: every phrase we look for sits near the top. */
const MAX_TEXT = 256 * 1024;
function words(text) {
    return ` ${text
        .slice(0, MAX_TEXT)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()} `;
}
const BSD_CLAUSES = 'redistribution and use in source and binary forms with or without modification are permitted';
/**
 * The GNU licence texts name their version but not whether "or any later version" applies (that is said in
 * each file's notice), so a GNU text alone gives the family and version, never an `-only`/`-or-later` id.
 */
const FULL_TEXTS = [
    {
        family: 'agpl',
        phrases: ['gnu affero general public license version 3 19 november 2007'],
        leaf: () => familyLeaf('agpl', 'AGPLv3'),
    },
    {
        family: 'lgpl',
        phrases: ['gnu lesser general public license version 3 29 june 2007'],
        leaf: () => familyLeaf('lgpl', 'LGPLv3'),
    },
    {
        family: 'lgpl',
        phrases: ['gnu lesser general public license version 2 1 february 1999'],
        leaf: () => familyLeaf('lgpl', 'LGPLv2.1'),
    },
    {
        family: 'lgpl',
        phrases: ['gnu library general public license version 2 june 1991'],
        leaf: () => familyLeaf('lgpl', 'LGPLv2'),
    },
    {
        family: 'gpl',
        phrases: ['gnu general public license version 3 29 june 2007'],
        leaf: () => familyLeaf('gpl', 'GPLv3'),
    },
    {
        family: 'gpl',
        phrases: ['gnu general public license version 2 june 1991'],
        leaf: () => familyLeaf('gpl', 'GPLv2'),
    },
    {
        family: 'apache',
        phrases: ['apache license version 2 0 january 2004'],
        leaf: () => spdxLeaf('Apache-2.0'),
    },
    { family: 'mpl', phrases: ['mozilla public license version 2 0'], leaf: () => spdxLeaf('MPL-2.0') },
    {
        family: 'mit',
        phrases: ['permission is hereby granted free of charge to any person obtaining a copy'],
        leaf: (w) => spdxLeaf(w.includes('above copyright notice and this permission notice shall be included') ? 'MIT' : 'MIT-0'),
    },
    {
        family: 'bsd',
        phrases: [BSD_CLAUSES],
        leaf: (w) => spdxLeaf(w.includes('all advertising materials mentioning features or use of this software')
            ? 'BSD-4-Clause'
            : w.includes('endorse or promote products derived from this software')
                ? 'BSD-3-Clause'
                : 'BSD-2-Clause'),
    },
    {
        family: 'isc',
        phrases: [
            'distribute this software for any purpose with or without fee is hereby granted provided that the above copyright notice and this permission notice appear in all copies',
        ],
        leaf: () => spdxLeaf('ISC'),
    },
    {
        family: 'bsd',
        phrases: [
            'distribute this software for any purpose with or without fee is hereby granted the software is provided as is',
        ],
        leaf: () => spdxLeaf('0BSD'),
    },
    {
        family: 'python',
        phrases: ['this license agreement is between the python software foundation psf'],
        leaf: () => spdxLeaf('PSF-2.0'),
    },
    {
        family: 'unlicense',
        phrases: ['this is free and unencumbered software released into the public domain'],
        leaf: () => spdxLeaf('Unlicense'),
    },
    {
        family: 'unlicense',
        phrases: ['do what the fuck you want to public license'],
        leaf: () => spdxLeaf('WTFPL'),
    },
    { family: 'public', phrases: ['cc0 1 0 universal'], leaf: () => spdxLeaf('CC0-1.0') },
    {
        family: 'boost',
        phrases: ['boost software license version 1 0 august 17th 2003'],
        leaf: () => spdxLeaf('BSL-1.0'),
    },
    { family: 'eclipse', phrases: ['eclipse public license v 2 0'], leaf: () => spdxLeaf('EPL-2.0') },
    { family: 'eclipse', phrases: ['eclipse public license v 1 0'], leaf: () => spdxLeaf('EPL-1.0') },
    {
        family: 'other',
        phrases: [
            'in no event will the authors be held liable for any damages arising from the use of this software',
            'altered source versions must be plainly marked as such',
        ],
        leaf: () => spdxLeaf('Zlib'),
    },
];
const GNU_NOTICE = / free software you can redistribute (?:it|them) and or modify (?:it|them) under the terms of the gnu (lesser |library |affero )?general public license (?:as published by the free software foundation )?(?:either )?(?:version )?(\d)(?: (\d))?(?: of the license)?( or at your option any later version)?/;
const phraseNotice = (phrase, id) => (w) => {
    const at = w.indexOf(` ${phrase} `);
    return at < 0 ? undefined : { at, leaf: spdxLeaf(id) };
};
/** Short notices that point at a licence ("licensed under the Apache License, Version 2.0"). */
const NOTICES = [
    {
        find: (w) => {
            const m = GNU_NOTICE.exec(w);
            if (!m)
                return undefined;
            const prefix = { 'lesser ': 'L', 'library ': 'L', 'affero ': 'A' }[m[1] ?? ''] ?? '';
            const version = `${m[2]}.${m[3] ?? '0'}`;
            const id = canonicalLicenseId(`${prefix}GPL-${version}-${m[4] ? 'or-later' : 'only'}`);
            const family = { L: 'lgpl', A: 'agpl' }[prefix] ?? 'gpl';
            return { at: m.index, leaf: id ? spdxLeaf(id) : familyLeaf(family, `${prefix}GPLv${version}`) };
        },
    },
    { find: phraseNotice('licensed under the apache license version 2 0', 'Apache-2.0') },
    { find: phraseNotice('subject to the terms of the mozilla public license v 2 0', 'MPL-2.0') },
];
/**
 * The licences a text contains, in order of appearance, each once. Empty when none is recognised. A notice
 * is only used when no full text of its family is present (the GPL's own text ends with a sample notice).
 */
function recognizeLicenseText(text) {
    const w = words(text);
    const found = [];
    const fullFamilies = new Set();
    for (const t of FULL_TEXTS) {
        const positions = t.phrases.map((p) => w.indexOf(` ${p} `));
        if (positions.some((p) => p < 0))
            continue;
        found.push({ at: positions[0], leaf: t.leaf(w) });
        fullFamilies.add(t.family);
    }
    for (const n of NOTICES) {
        const hit = n.find(w);
        if (hit && !fullFamilies.has(hit.leaf.family))
            found.push(hit);
    }
    found.sort((a, b) => a.at - b.at);
    const seen = new Set();
    return found
        .map((f) => f.leaf)
        .filter((l) => {
        if (seen.has(l.label))
            return false;
        seen.add(l.label);
        return true;
    });
}
/** True when a text says the licences beside it are alternatives ("under the terms of *either* of ..."). */
function saysEitherLicense(text) {
    return / under the terms of either of the licenses /.test(words(text));
}

;// CONCATENATED MODULE: ./src/actions/license-gate/aliases.ts


/**
 * What people write in the core metadata `License` field: SPDX expressions, the names licences go by
 * ("MIT License", "Apache 2.0", "new BSD", "GPLv3+", "PSF"), and whole licence texts pasted in. A name that
 * does not say which licence of a family is meant ("BSD", "GPL") gives the family only, never a guessed id.
 */
/** Target (an SPDX id, or `@family` for a family-only name) → the names that mean it. */
const LICENSE_ALIASES = {
    MIT: ['MIT License', 'Expat', 'Expat License', 'MIT/Expat', 'MIT/X11', 'X11/MIT'],
    'MIT-0': ['MIT No Attribution'],
    '@bsd': ['BSD', 'BSD License', 'BSD-like', 'BSD-style', 'BSD style license'],
    'BSD-3-Clause': [
        'New BSD',
        'New BSD License',
        'Modified BSD',
        'Modified BSD License',
        'Revised BSD',
        'Revised BSD License',
        'BSD 3-Clause',
        '3-Clause BSD',
        'BSD-3',
        'BSD3',
        'BSD 3 clause',
        'Three-clause BSD',
    ],
    'BSD-2-Clause': [
        'Simplified BSD',
        'Simplified BSD License',
        'FreeBSD',
        'FreeBSD License',
        'BSD 2-Clause',
        '2-Clause BSD',
        'BSD-2',
        'BSD2',
        'Two-clause BSD',
    ],
    'BSD-4-Clause': ['BSD 4-Clause', '4-Clause BSD', 'Original BSD'],
    '0BSD': ['Zero-Clause BSD', 'BSD Zero Clause', 'BSD-0'],
    '@apache': ['Apache', 'Apache License', 'Apache Software License', 'ASL'],
    'Apache-2.0': [
        'Apache 2',
        'Apache 2.0',
        'Apache-2',
        'Apache2',
        'Apache v2',
        'Apache License 2.0',
        'Apache License, Version 2.0',
        'Apache Software License 2.0',
        'Apache Software License, Version 2.0',
        'ASL 2.0',
        'ASL2',
    ],
    'Apache-1.1': ['Apache 1.1', 'Apache License 1.1'],
    ISC: ['ISC License', 'ISCL', 'ISC license (ISCL)'],
    '@mpl': ['MPL', 'Mozilla Public License'],
    'MPL-2.0': [
        'MPL 2.0',
        'MPL-2',
        'MPLv2',
        'MPL2',
        'Mozilla Public License 2.0',
        'Mozilla Public License, v. 2.0',
    ],
    'MPL-1.1': ['MPL 1.1', 'Mozilla Public License 1.1'],
    'PSF-2.0': [
        'PSF',
        'PSFL',
        'PSF License',
        'PSF 2.0',
        'Python Software Foundation',
        'Python Software Foundation License',
        'Python Software Foundation License 2.0',
    ],
    '@python': ['Python', 'Python License', 'Python-style'],
    Unlicense: ['The Unlicense'],
    '@public': ['Public Domain', 'Public-Domain', 'Public Domain Dedication'],
    'CC0-1.0': ['CC0', 'CC0 1.0', 'CC0 1.0 Universal', 'Creative Commons Zero'],
    Zlib: ['zlib/libpng', 'zlib/libpng License'],
    'BSL-1.0': ['Boost', 'Boost Software License', 'Boost Software License 1.0'],
    HPND: ['Historical Permission Notice and Disclaimer'],
    '@eclipse': ['EPL', 'Eclipse', 'Eclipse Public License'],
    'EPL-1.0': ['EPL 1.0', 'Eclipse Public License 1.0'],
    'EPL-2.0': ['EPL 2.0', 'Eclipse Public License 2.0'],
    '@eupl': ['EUPL', 'European Union Public Licence'],
    'EUPL-1.2': ['EUPL 1.2', 'European Union Public Licence 1.2'],
    '@proprietary': [
        'Proprietary',
        'Proprietary License',
        'Other/Proprietary',
        'Other/Proprietary License',
        'Commercial',
        'Commercial License',
        'All Rights Reserved',
    ],
    '@gpl': ['GPL', 'GNU GPL', 'GPL License', 'GNU General Public License'],
    'GPL-2.0-only': ['GPLv2', 'GPL 2', 'GNU GPL 2', 'GNU GPLv2', 'GNU General Public License v2'],
    'GPL-2.0-or-later': ['GPLv2+', 'GNU GPLv2+', 'GNU General Public License v2 or later'],
    'GPL-3.0-only': ['GPLv3', 'GPL 3', 'GNU GPL 3', 'GNU GPLv3', 'GNU General Public License v3'],
    'GPL-3.0-or-later': ['GPLv3+', 'GNU GPLv3+', 'GNU General Public License v3 or later'],
    '@lgpl': [
        'LGPL',
        'GNU LGPL',
        'LGPL License',
        'GNU Lesser General Public License',
        'GNU Library or Lesser General Public License',
        'GNU Library General Public License',
    ],
    'LGPL-2.0-only': ['LGPLv2', 'LGPL 2', 'GNU LGPLv2', 'GNU Library General Public License v2'],
    'LGPL-2.0-or-later': ['LGPLv2+', 'GNU LGPLv2+', 'GNU Library General Public License v2 or later'],
    'LGPL-2.1-only': ['LGPLv2.1', 'LGPL 2.1', 'GNU LGPLv2.1', 'GNU Lesser General Public License v2.1'],
    'LGPL-2.1-or-later': ['LGPLv2.1+', 'GNU LGPLv2.1+', 'GNU Lesser General Public License v2.1 or later'],
    'LGPL-3.0-only': ['LGPLv3', 'LGPL 3', 'GNU LGPLv3', 'GNU Lesser General Public License v3'],
    'LGPL-3.0-or-later': ['LGPLv3+', 'GNU LGPLv3+', 'GNU Lesser General Public License v3 or later'],
    '@agpl': ['AGPL', 'GNU AGPL', 'GNU Affero General Public License'],
    'AGPL-3.0-only': ['AGPLv3', 'AGPL 3', 'GNU AGPLv3', 'GNU Affero General Public License v3'],
    'AGPL-3.0-or-later': ['AGPLv3+', 'GNU AGPLv3+', 'GNU Affero General Public License v3 or later'],
};
/**
 * The form names are compared in: lower case, "licence" as "license", without the words that vary between
 * spellings of one name (the, license, software, version, v), `+` as "or later", "2.0" as "2".
 */
function aliasKey(name) {
    return name
        .toLowerCase()
        .replace(/licen[cs]e/g, 'license')
        .replace(/\+/g, ' or later ')
        .replace(/([a-z])v?(\d)/g, '$1 $2')
        .replace(/[^a-z0-9.]+|\.(?!\d)|(?<!\d)\./g, ' ')
        .replace(/\b(the|license|software|version|v)\b/g, ' ')
        .replace(/\bor (any )?(later|newer)\b/g, 'or later')
        .replace(/(\d)\.0\b/g, '$1')
        .replace(/\s+/g, ' ')
        .trim();
}
const TABLE = new Map();
for (const [target, names] of Object.entries(LICENSE_ALIASES)) {
    for (const n of target.startsWith('@') ? names : [target, ...names])
        TABLE.set(aliasKey(n), target);
}
function targetExpression(target, written) {
    return target.startsWith('@') ? familyLeaf(target.slice(1), written.trim()) : spdxLeaf(target);
}
/** A single licence name: an SPDX expression or a known alias, trying the text with and without "(...)". */
function resolveOne(name) {
    const trimmed = name.trim().replace(/\.$/, '');
    if (!trimmed)
        return undefined;
    const spdx = tryParseSpdx(trimmed, { strict: true });
    if (spdx)
        return spdx;
    const candidates = [trimmed, trimmed.replace(/\([^)]*\)/g, ' ')];
    for (const m of trimmed.matchAll(/\(([^)]*)\)/g))
        candidates.push(m[1] ?? '');
    for (const c of candidates) {
        const target = TABLE.get(aliasKey(c));
        if (target)
            return targetExpression(target, trimmed.replace(/\s*\([^)]*\)\s*$/, '') || trimmed);
    }
    return undefined;
}
function resolveSplit(name, separator, kind) {
    const parts = name.split(separator).filter((p) => p.trim());
    if (parts.length < 2)
        return undefined;
    const resolved = parts.map((p) => resolveLicenseName(p));
    if (resolved.some((r) => !r))
        return undefined;
    return combine(kind, resolved);
}
/**
 * A licence name or a short combination of names ("MIT or Apache 2.0", "BSD 3-Clause OR Apache-2.0",
 * "MIT/Apache-2.0", "BSD, Public Domain") as an expression; undefined when any part is not recognised.
 */
function resolveLicenseName(name) {
    return (resolveOne(name) ??
        resolveSplit(name, /\s+or\s+|\s*[/|]\s*/i, 'or') ??
        resolveSplit(name, /\s+and\s+|\s*&\s*/i, 'and') ??
        resolveSplit(name, /\s*[,;]\s*/, 'and'));
}
/** A value this long, or on several lines, is read as licence text first. */
const TEXT_THRESHOLD = 120;
/** Reads the `License` field; undefined when it names nothing we recognise ("UNKNOWN", "Dual License", ""). */
function resolveLicenseField(value) {
    const text = value.trim();
    if (!text)
        return undefined;
    if (text.length > TEXT_THRESHOLD || text.includes('\n')) {
        const found = recognizeLicenseText(text);
        const expression = combine('and', found);
        if (expression)
            return { expression, how: 'text' };
        const firstLine = text.split('\n', 1)[0] ?? '';
        const named = firstLine.length <= TEXT_THRESHOLD ? resolveOne(firstLine) : undefined;
        return named ? { expression: named, how: 'alias' } : undefined;
    }
    const spdx = tryParseSpdx(text, { strict: true });
    if (spdx)
        return { expression: spdx, how: 'spdx' };
    const named = resolveLicenseName(text);
    return named ? { expression: named, how: 'alias' } : undefined;
}

;// CONCATENATED MODULE: ./src/actions/license-gate/classifiers.ts

/** The part after "License :: " (and "OSI Approved :: "), as in trove-classifiers 2026.9. */
const CLASSIFIERS = {
    'Aladdin Free Public License (AFPL)': 'Aladdin',
    'CC0 1.0 Universal (CC0 1.0) Public Domain Dedication': 'CC0-1.0',
    'CeCILL-B Free Software License Agreement (CECILL-B)': 'CECILL-B',
    'CeCILL-C Free Software License Agreement (CECILL-C)': 'CECILL-C',
    'Eiffel Forum License (EFL)': ['other', 'Eiffel Forum License'],
    'Free For Educational Use': ['other', 'Free For Educational Use'],
    'Free For Home Use': ['other', 'Free For Home Use'],
    'Free To Use But Restricted': ['other', 'Free To Use But Restricted'],
    'Free for non-commercial use': ['other', 'Free for non-commercial use'],
    'Freely Distributable': ['other', 'Freely Distributable'],
    Freeware: ['other', 'Freeware'],
    'GUST Font License 1.0': ['other', 'GUST Font License 1.0'],
    'GUST Font License 2006-09-30': ['other', 'GUST Font License 2006-09-30'],
    'Netscape Public License (NPL)': ['other', 'Netscape Public License'],
    'Nokia Open Source License (NOKOS)': 'Nokia',
    'Academic Free License (AFL)': ['afl', 'Academic Free License'],
    'Apache Software License': ['apache', 'Apache Software License'],
    'Apple Public Source License': ['other', 'Apple Public Source License'],
    'Artistic License': ['other', 'Artistic License'],
    'Attribution Assurance License': 'AAL',
    'BSD License': ['bsd', 'BSD License'],
    'Blue Oak Model License (BlueOak-1.0.0)': 'BlueOak-1.0.0',
    'Boost Software License 1.0 (BSL-1.0)': 'BSL-1.0',
    'CEA CNRS Inria Logiciel Libre License, version 2.1 (CeCILL-2.1)': 'CECILL-2.1',
    'CMU License (MIT-CMU)': 'MIT-CMU',
    'Common Development and Distribution License 1.0 (CDDL-1.0)': 'CDDL-1.0',
    'Common Public License': 'CPL-1.0',
    'Eclipse Public License 1.0 (EPL-1.0)': 'EPL-1.0',
    'Eclipse Public License 2.0 (EPL-2.0)': 'EPL-2.0',
    'Educational Community License, Version 2.0 (ECL-2.0)': 'ECL-2.0',
    'Eiffel Forum License': ['other', 'Eiffel Forum License'],
    'European Union Public Licence 1.0 (EUPL 1.0)': 'EUPL-1.0',
    'European Union Public Licence 1.1 (EUPL 1.1)': 'EUPL-1.1',
    'European Union Public Licence 1.2 (EUPL 1.2)': 'EUPL-1.2',
    'GNU Affero General Public License v3': ['agpl', 'AGPLv3'],
    'GNU Affero General Public License v3 or later (AGPLv3+)': 'AGPL-3.0-or-later',
    'GNU Free Documentation License (FDL)': ['other', 'GNU Free Documentation License'],
    'GNU General Public License (GPL)': ['gpl', 'GPL'],
    'GNU General Public License v2 (GPLv2)': ['gpl', 'GPLv2'],
    'GNU General Public License v2 or later (GPLv2+)': 'GPL-2.0-or-later',
    'GNU General Public License v3 (GPLv3)': ['gpl', 'GPLv3'],
    'GNU General Public License v3 or later (GPLv3+)': 'GPL-3.0-or-later',
    'GNU Lesser General Public License v2 (LGPLv2)': ['lgpl', 'LGPLv2'],
    'GNU Lesser General Public License v2 or later (LGPLv2+)': 'LGPL-2.0-or-later',
    'GNU Lesser General Public License v3 (LGPLv3)': ['lgpl', 'LGPLv3'],
    'GNU Lesser General Public License v3 or later (LGPLv3+)': 'LGPL-3.0-or-later',
    'GNU Library or Lesser General Public License (LGPL)': ['lgpl', 'LGPL'],
    'Historical Permission Notice and Disclaimer (HPND)': 'HPND',
    'IBM Public License': 'IPL-1.0',
    'ISC License (ISCL)': 'ISC',
    'MIT License': 'MIT',
    'MIT No Attribution License (MIT-0)': 'MIT-0',
    'MirOS License (MirOS)': 'MirOS',
    'Motosoto License': 'Motosoto',
    'Mozilla Public License 1.0 (MPL)': 'MPL-1.0',
    'Mozilla Public License 1.1 (MPL 1.1)': 'MPL-1.1',
    'Mozilla Public License 2.0 (MPL 2.0)': 'MPL-2.0',
    'Mulan Permissive Software License v2 (MulanPSL-2.0)': 'MulanPSL-2.0',
    'NASA Open Source Agreement v1.3 (NASA-1.3)': 'NASA-1.3',
    'Nethack General Public License': 'NGPL',
    'Nokia Open Source License': 'Nokia',
    'Open Group Test Suite License': 'OGTSL',
    'Open Software License 3.0 (OSL-3.0)': 'OSL-3.0',
    'PostgreSQL License': 'PostgreSQL',
    'Python License (CNRI Python License)': 'CNRI-Python',
    'Python Software Foundation License': ['python', 'Python Software Foundation License'],
    'Qt Public License (QPL)': 'QPL-1.0',
    'Ricoh Source Code Public License': 'RSCPL',
    'SIL Open Font License 1.1 (OFL-1.1)': 'OFL-1.1',
    'Sleepycat License': 'Sleepycat',
    'Sun Public License': ['other', 'Sun Public License'],
    'The Unlicense (Unlicense)': 'Unlicense',
    'Universal Permissive License (UPL)': 'UPL-1.0',
    'University of Illinois/NCSA Open Source License': 'NCSA',
    'Vovida Software License 1.0': 'VSL-1.0',
    'W3C License': 'W3C',
    'Zero-Clause BSD (0BSD)': '0BSD',
    'Zope Public License': ['other', 'Zope Public License'],
    'zlib/libpng License': 'Zlib',
    'Other/Proprietary License': ['proprietary', 'Other/Proprietary License'],
    'Public Domain': ['public', 'Public Domain'],
    'Repoze Public License': ['other', 'Repoze Public License'],
};
/** Classifiers that are about licences but name none. */
const SAYS_NOTHING = new Set(['OSI Approved', 'DFSG approved']);
/**
 * The licence a Trove classifier names; undefined for a classifier that is not about a licence or names
 * none ("License :: OSI Approved"). A licence classifier newer than this table gives its parenthesised
 * SPDX id when it has one, else the family `other` under its own name.
 */
function classifierLicense(classifier) {
    const parts = classifier.split('::').map((p) => p.trim());
    if (parts[0] !== 'License' || parts.length < 2)
        return undefined;
    const name = parts.slice(parts[1] === 'OSI Approved' && parts.length > 2 ? 2 : 1).join(' :: ');
    if (SAYS_NOTHING.has(name))
        return undefined;
    const target = CLASSIFIERS[name];
    if (typeof target === 'string')
        return spdxLeaf(target);
    if (target)
        return familyLeaf(target[0], target[1]);
    const inParens = /\(([^)]+)\)\s*$/.exec(name)?.[1];
    const id = inParens ? canonicalLicenseId(inParens) : undefined;
    return id ? spdxLeaf(id) : familyLeaf('other', name);
}
/**
 * The licence the classifiers give together. Several licence classifiers are read as alternatives (OR), as
 * licensecheck and pip-licenses read them: that is how dual-licensed projects list their licences.
 */
function classifiersLicense(classifiers) {
    const used = [];
    const found = [];
    for (const c of classifiers) {
        const leaf = classifierLicense(c);
        if (!leaf)
            continue;
        used.push(c);
        found.push(leaf);
    }
    const expression = combine('or', found);
    return expression ? { expression, classifiers: used } : undefined;
}

;// CONCATENATED MODULE: ./src/actions/license-gate/license-files.ts




/**
 * Licence files of an installed distribution: `*.dist-info/licenses/**` (PEP 639) and, from wheels built
 * before PEP 639, `LICENSE*`, `LICENCE*` and `COPYING*` at the dist-info root. NOTICE, AUTHORS and
 * CONTRIBUTORS files are not licences and are skipped.
 */
const ROOT_LICENSE = /^(licen[cs]e|copying)/i;
const NOT_A_LICENSE = /^(notice|authors?|contributors?)\b/i;
const MAX_FILES = 64;
const MAX_DEPTH = 4;
const MAX_BYTES = 256 * 1024;
async function walk(dir, rel, depth, out) {
    let entries;
    try {
        entries = await promises_.readdir(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const e of entries) {
        if (out.length >= MAX_FILES)
            return;
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory() && depth < MAX_DEPTH)
            await walk(external_node_path_.join(dir, e.name), r, depth + 1, out);
        else if (e.isFile() && !NOT_A_LICENSE.test(e.name))
            out.push(r);
    }
}
/**
 * The licence files of a dist-info directory, as paths relative to it (`licenses/LICENSE`, `COPYING`),
 * sorted. `licenseFileHeaders` are the METADATA `License-File` values, which may name root files with
 * other names.
 */
async function findLicenseFiles(distInfo, licenseFileHeaders = []) {
    const found = [];
    await walk(external_node_path_.join(distInfo, 'licenses'), 'licenses', 0, found);
    let rootEntries = [];
    try {
        rootEntries = await promises_.readdir(distInfo, { withFileTypes: true });
    }
    catch {
        /* no dist-info: no files */
    }
    const rootFiles = new Set(rootEntries.filter((e) => e.isFile()).map((e) => e.name));
    for (const name of rootFiles)
        if (ROOT_LICENSE.test(name))
            found.push(name);
    for (const h of licenseFileHeaders) {
        const rel = h.replace(/\\/g, '/');
        if (rel.includes('..') || external_node_path_.isAbsolute(rel) || NOT_A_LICENSE.test(external_node_path_.posix.basename(rel)))
            continue;
        if (found.includes(`licenses/${rel}`))
            continue;
        if (!rel.includes('/') && rootFiles.has(rel))
            found.push(rel);
    }
    return [...new Set(found)].sort();
}
async function readHead(file) {
    const handle = await promises_.open(file, 'r');
    try {
        const buf = Buffer.alloc(MAX_BYTES);
        const { bytesRead } = await handle.read(buf, 0, MAX_BYTES, 0);
        return buf.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/**
 * Reads and recognises the licence files. The licences of several files all apply (AND: a project and
 * what it bundles), unless one file says they are alternatives, as packaging's and sniffio's LICENSE do.
 */
async function readLicenseFiles(distInfo, licenseFileHeaders = []) {
    const rels = await findLicenseFiles(distInfo, licenseFileHeaders);
    const files = await Promise.all(rels.map(async (file) => {
        const text = await readHead(external_node_path_.join(distInfo, file));
        return { file, licenses: recognizeLicenseText(text), either: saysEitherLicense(text) };
    }));
    const perFile = files
        .map((f) => combine('and', f.licenses))
        .filter((e) => e !== undefined);
    const expression = combine(files.some((f) => f.either) ? 'or' : 'and', perFile);
    return expression ? { expression, files } : { files };
}
/** One evidence line per file: `licenses/LICENSE.BSD: BSD-2-Clause text`. */
function describeLicenseFiles(files) {
    return files.map((f) => {
        if (f.licenses.length === 0)
            return `${f.file}: ${f.either ? 'says the other files are alternatives' : 'no licence recognised'}`;
        const what = formatExpression(combine('and', f.licenses));
        return `${f.file}: ${what} text`;
    });
}

;// CONCATENATED MODULE: ./src/actions/license-gate/metadata.ts






/**
 * Core metadata (`*.dist-info/METADATA`): RFC 822-style headers, a header continued on lines that start
 * with white space, then a blank line and the description, which is not read.
 */
class CoreMetadata {
    fields = new Map();
    add(name, value) {
        const key = name.toLowerCase();
        const list = this.fields.get(key);
        if (list)
            list.push(value);
        else
            this.fields.set(key, [value]);
    }
    /** The first value of a header (names are case-insensitive). */
    get(name) {
        return this.fields.get(name.toLowerCase())?.[0];
    }
    getAll(name) {
        return this.fields.get(name.toLowerCase()) ?? [];
    }
}
function parseMetadata(text) {
    const md = new CoreMetadata();
    let name;
    let value = '';
    const flush = () => {
        if (name !== undefined)
            md.add(name, value.trimEnd());
        name = undefined;
    };
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if (/^[ \t]/.test(line)) {
            // A continuation: setuptools indents it by 8 spaces, some tools by 7 spaces and "|".
            if (name !== undefined)
                value += `\n${line.replace(/^ {7}\||^[ \t]{1,8}/, '')}`;
            continue;
        }
        flush();
        const m = /^([A-Za-z0-9][A-Za-z0-9_-]*):[ \t]?(.*)$/.exec(line);
        if (m) {
            name = m[1];
            value = m[2];
        }
    }
    flush();
    return md;
}
async function readMetadata(distInfo) {
    return parseMetadata(await promises_.readFile(external_node_path_.join(distInfo, 'METADATA'), 'utf8'));
}
/** `` `BSD-MIT`: not an SPDX expression; unknown `` */
function describeFound(found) {
    return `\`${found.value}\`: ${found.why}; unknown`;
}
function firstLine(value) {
    const first = value.split('\n', 1)[0].trim();
    return first.length > 80 ? `${first.slice(0, 80)}…` : first;
}
function shortValue(value) {
    const cut = firstLine(value);
    return value.length > cut.length
        ? `${JSON.stringify(cut)} … (${value.length} characters)`
        : JSON.stringify(cut);
}
function resolved(source, expression, evidence, fieldReading) {
    const r = {
        source,
        expression,
        text: formatExpression(expression),
        families: familiesOf(expression),
        evidence,
    };
    if (fieldReading)
        r.fieldReading = fieldReading;
    return r;
}
/**
 * The licence of an installed distribution, from the first source that names one: `License-Expression`
 * (PEP 639), the `License` field, Trove classifiers, then licence files. Nothing here runs Python or
 * touches the network.
 */
async function resolveLicense(distInfo, md) {
    const evidence = [];
    let found;
    const exprText = md.get('License-Expression')?.trim();
    if (exprText) {
        try {
            const expression = parseSpdx(exprText);
            evidence.push(`License-Expression: ${exprText}`);
            const unlisted = leaves(expression).filter((l) => l.id && !canonicalLicenseId(l.id) && !isLicenseRef(l.id));
            if (unlisted.length) {
                evidence.push(`not on the SPDX licence list: ${unlisted.map((l) => l.id).join(', ')}`);
            }
            return resolved('expression', expression, evidence);
        }
        catch (err) {
            if (!(err instanceof SpdxParseError))
                throw err;
            evidence.push(`License-Expression: ${JSON.stringify(exprText)} is not valid SPDX (${err.detail})`);
            found = {
                field: 'License-Expression',
                value: firstLine(exprText),
                why: `not valid SPDX (${err.detail})`,
            };
        }
    }
    const field = md.get('License')?.trim();
    if (field) {
        const reading = resolveLicenseField(field);
        if (reading) {
            const note = reading.how === 'text' ? ' (licence text)' : '';
            evidence.push(`License: ${shortValue(field)}${note}`);
            return resolved('field', reading.expression, evidence, reading.how);
        }
        evidence.push(`License: ${shortValue(field)} (not recognised)`);
        const long = field.includes('\n') || field.length > TEXT_THRESHOLD;
        found ??= {
            field: 'License',
            value: firstLine(field),
            why: long ? 'not a licence text or name this gate recognises' : 'not an SPDX expression',
        };
    }
    const fromClassifiers = classifiersLicense(md.getAll('Classifier'));
    if (fromClassifiers) {
        for (const c of fromClassifiers.classifiers)
            evidence.push(`Classifier: ${c}`);
        return resolved('classifier', fromClassifiers.expression, evidence);
    }
    const files = await readLicenseFiles(distInfo, md.getAll('License-File'));
    evidence.push(...describeLicenseFiles(files.files));
    if (files.expression)
        return resolved('file', files.expression, evidence);
    if (!exprText && !field)
        evidence.push('no License-Expression and no License field');
    evidence.push('no licence classifier');
    if (files.files.length === 0)
        evidence.push('no licence file in the dist-info directory');
    const unknown = { text: found?.value ?? 'unknown', families: ['unknown'], evidence };
    if (found)
        unknown.found = found;
    return unknown;
}

// EXTERNAL MODULE: ./src/core/python-names.ts
var python_names = __webpack_require__(9764);
;// CONCATENATED MODULE: ./src/actions/license-gate/policy.ts






/**
 * The licence policy: licensecheck's words (`--only-licenses`, `--fail-licenses`, `--ignore-packages`,
 * `--fail-packages`) with SPDX semantics. A word names a family (`gpl` is the GPL only: LGPL and AGPL are
 * their own words); an SPDX id names one licence.
 */
const DEFAULT_ONLY_LICENSES = 'apache bsd isc mit mpl python unlicense';
const DEFAULT_FAIL_LICENSES = 'gpl';
/** Other spellings of family words that licensecheck users write. */
const WORD_ALIASES = {
    psf: 'python',
    psfl: 'python',
    'public-domain': 'public',
    publicdomain: 'public',
    mozilla: 'mpl',
    epl: 'eclipse',
    eu: 'eupl',
};
const ALLOWED_WORDS = `a licence family (${FAMILY_WORDS.join(', ')}), "unknown", or an SPDX licence id such as MIT or GPL-3.0-or-later`;
function parseTerm(inputName, word) {
    const lower = word.toLowerCase();
    if (lower === 'unknown')
        return { kind: 'unknown', input: word };
    const family = isFamilyWord(lower) ? lower : WORD_ALIASES[lower];
    if (family)
        return { kind: 'family', family, input: word };
    const plus = word.endsWith('+');
    const bare = plus ? word.slice(0, -1) : word;
    if (canonicalLicenseId(bare) || isLicenseRef(bare)) {
        const leaf = spdxLeaf(bare, plus);
        return { kind: 'license', id: leaf.id, plus: leaf.plus ?? false, input: word };
    }
    // licensecheck's versioned words (gplv3, lgplv2+) and other names of one licence.
    const named = resolveLicenseName(word);
    if (named?.kind === 'license') {
        if (named.id)
            return { kind: 'license', id: named.id, plus: named.plus ?? false, input: word };
        if (isFamilyWord(named.family))
            return { kind: 'family', family: named.family, input: word };
    }
    throw new errors/* InputError */.dz(inputName, word, `each entry must be ${ALLOWED_WORDS}`);
}
/** Splits a licence list input (spaces, commas or lines) into terms; throws InputError on a word it does not know. */
function parsePolicyTerms(inputName, value) {
    return value
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((w) => parseTerm(inputName, w));
}

/**
 * Package globs, one or more a line, with an optional reason after `#` for the whole line:
 * `types-* mypy-extensions  # typing only, never shipped`.
 */
function parsePackagePatterns(inputName, value) {
    const out = [];
    for (const line of value.split(/\r?\n/)) {
        const hash = line.indexOf('#');
        const globs = (hash < 0 ? line : line.slice(0, hash)).split(/[\s,]+/).filter(Boolean);
        const reason = hash < 0 ? undefined : line.slice(hash + 1).trim() || undefined;
        for (const glob of globs) {
            if (!/^[A-Za-z0-9._*?-]+$/.test(glob)) {
                throw new errors/* InputError */.dz(inputName, glob, 'each entry must be a package name or a glob of letters, digits, ".", "_", "-", "*" and "?", optionally followed by "# reason"');
            }
            const body = (0,python_names/* normalizePackageName */.N)(glob)
                .split('')
                .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
                .join('');
            const pattern = { pattern: glob, regex: new RegExp(`^${body}$`) };
            if (reason)
                pattern.reason = reason;
            out.push(pattern);
        }
    }
    return out;
}
/** The policy from the action's inputs; absent inputs take the defaults, an empty one means "none". */
function buildPolicy(inputs = {}) {
    return {
        only: parsePolicyTerms('only-licenses', inputs.onlyLicenses ?? DEFAULT_ONLY_LICENSES),
        fail: parsePolicyTerms('fail-licenses', inputs.failLicenses ?? DEFAULT_FAIL_LICENSES),
        ignorePackages: parsePackagePatterns('ignore-packages', inputs.ignorePackages ?? ''),
        failPackages: parsePackagePatterns('fail-packages', inputs.failPackages ?? ''),
    };
}
function matchPackage(patterns, name) {
    const n = (0,python_names/* normalizePackageName */.N)(name);
    return patterns.find((p) => p.regex.test(n));
}
function termMatches(term, leaf) {
    if (term.kind === 'family')
        return leaf.family === term.family;
    if (term.kind === 'license')
        return leaf.id === term.id && (leaf.plus ?? false) === term.plus;
    return false;
}
/** The verdict on one licence of an expression. */
function judgeLicense(policy, leaf) {
    const failing = policy.fail.find((t) => termMatches(t, leaf));
    if (failing)
        return { pass: false, reason: `${leaf.label} is in fail-licenses (${failing.input})` };
    if (policy.only.length === 0)
        return { pass: true, reason: `${leaf.label} is not in fail-licenses` };
    const allowing = policy.only.find((t) => termMatches(t, leaf));
    if (allowing)
        return { pass: true, reason: `${leaf.label} is allowed (${allowing.input} in only-licenses)` };
    return { pass: false, reason: `${leaf.label} (family ${leaf.family}) is not in only-licenses` };
}
const listed = (input, p) => `listed in ${input} (${p.pattern})${p.reason ? `: ${p.reason}` : ''}`;
/** The verdict on a package: fail-packages, then ignore-packages, then its licence against the policy. */
function judgePackage(policy, name, license) {
    const failed = matchPackage(policy.failPackages, name);
    if (failed)
        return { verdict: 'fail', reason: listed('fail-packages', failed), incompatible: true };
    const ignored = matchPackage(policy.ignorePackages, name);
    if (ignored)
        return { verdict: 'ignored', reason: listed('ignore-packages', ignored), incompatible: false };
    if (!license.expression) {
        // A licence string that is there but not readable is reported as found, not as "no licence".
        const what = license.found
            ? describeFound(license.found)
            : 'no licence found in the metadata or the licence files';
        const term = (list) => list.find((t) => t.kind === 'unknown');
        const f = term(policy.fail);
        if (f)
            return { verdict: 'fail', reason: `${what}, and fail-licenses lists ${f.input}`, incompatible: true };
        const o = term(policy.only);
        if (o)
            return { verdict: 'pass', reason: `${what}, and only-licenses allows ${o.input}`, incompatible: false };
        return { verdict: 'unknown', reason: what, incompatible: true };
    }
    const j = evaluateExpression(license.expression, (leaf) => judgeLicense(policy, leaf));
    return { verdict: j.pass ? 'pass' : 'fail', reason: j.reason, incompatible: !j.pass };
}

;// CONCATENATED MODULE: ./src/actions/license-gate/environment.ts





const isDir = (p) => external_node_fs_.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
/**
 * `Lib/site-packages` on Windows, `lib/python3.X/site-packages` (or `lib/pypy3.X/...`, `python3.13t` for
 * free-threaded builds) elsewhere.
 */
function sitePackagesOf(root) {
    const found = [];
    const win = external_node_path_.join(root, 'Lib', 'site-packages');
    if (isDir(win))
        found.push(win);
    const lib = external_node_path_.join(root, 'lib');
    if (isDir(lib)) {
        for (const name of external_node_fs_.readdirSync(lib).sort()) {
            const sp = external_node_path_.join(lib, name, 'site-packages');
            if (/^(python|pypy)\d/.test(name) && isDir(sp) && !found.includes(sp))
                found.push(sp);
        }
    }
    return found;
}
function findEnvironment(opts) {
    const explicit = opts.venv?.trim();
    let root;
    let foundBy;
    if (explicit) {
        root = external_node_path_.resolve(opts.workingDirectory, explicit);
        foundBy = 'input';
        if (!isDir(root))
            throw new errors/* InputError */.dz('venv', explicit, `a directory holding a virtual environment; ${root} does not exist`);
    }
    else if (opts.env.VIRTUAL_ENV && isDir(opts.env.VIRTUAL_ENV)) {
        root = external_node_path_.resolve(opts.env.VIRTUAL_ENV);
        foundBy = 'VIRTUAL_ENV';
    }
    else {
        root = opts.project?.environment ?? external_node_path_.resolve(opts.workingDirectory, '.venv');
        foundBy = opts.project?.environmentFrom === 'UV_PROJECT_ENVIRONMENT' ? 'UV_PROJECT_ENVIRONMENT' : '.venv';
        if (!isDir(root)) {
            const where = opts.project ? `the uv project's environment ${root}` : root;
            throw new Error(`No Python environment to read: the venv input is empty, VIRTUAL_ENV is not set, and ${where} does not exist. ` +
                'Run uv sync first (setup-uv-cached does), or set venv.');
        }
    }
    const sitePackages = sitePackagesOf(root);
    if (sitePackages.length === 0) {
        const msg = `${root} has neither lib/python3.X/site-packages nor Lib/site-packages`;
        if (foundBy === 'input')
            throw new errors/* InputError */.dz('venv', explicit, `a virtual environment; ${msg}`);
        throw new Error(`${msg}; is it a virtual environment?`);
    }
    return { root, foundBy, sitePackages };
}
/** Every `*.dist-info` with a METADATA file in the site-packages directories, sorted by name. */
async function listDistributions(sitePackages) {
    const dirs = sitePackages.flatMap((sp) => external_node_fs_.readdirSync(sp, { withFileTypes: true })
        .filter((e) => e.isDirectory() && e.name.endsWith('.dist-info'))
        .map((e) => external_node_path_.join(sp, e.name)));
    const dists = await Promise.all(dirs.map(async (distInfo) => {
        let metadata;
        try {
            metadata = await readMetadata(distInfo);
        }
        catch {
            return undefined; // an interrupted install leaves a dist-info without METADATA
        }
        const fromDir = /^(.+?)-([^-]+)\.dist-info$/.exec(external_node_path_.basename(distInfo));
        const name = metadata.get('Name') ?? fromDir?.[1] ?? external_node_path_.basename(distInfo);
        const version = metadata.get('Version') ?? fromDir?.[2] ?? '';
        return { name, key: (0,python_names/* normalizePackageName */.N)(name), version, distInfo, metadata };
    }));
    return dists
        .filter((d) => d !== undefined)
        .sort((a, b) => a.key.localeCompare(b.key));
}

;// CONCATENATED MODULE: ./src/actions/license-gate/lock-markers.ts
/**
 * Which packages uv.lock needs only under an environment marker (`pywin32; sys_platform == 'win32'`).
 * Markers are not evaluated here: a package the environment lacks is "not for this platform" when every
 * path to it in the lock crosses a marker, since `uv sync` then leaves it out on a platform the marker
 * excludes; one reached by an unmarked path is really missing.
 */
/**
 * A package's edges, with the marker dropped where one list names the same dependency more than once:
 * that is a forked resolution (one version per Python range, say), whose markers together cover every
 * environment the list applies to.
 */
function edgesFrom(graph, name) {
    const pkg = graph.packages.get(name);
    if (!pkg)
        return [];
    const lists = [pkg.dependencies, ...pkg.optional.values(), ...pkg.groups.values()];
    return lists.flatMap((list) => list.map((d) => list.filter((x) => x.name === d.name).length > 1 ? { name: d.name, extras: d.extras } : d));
}
/** The packages reached from the projects over edges without a marker. */
function unconditionalPackages(graph) {
    const seen = new Set(graph.projects);
    const queue = [...graph.projects];
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        for (const dep of edgesFrom(graph, name)) {
            if (dep.marker || seen.has(dep.name))
                continue;
            seen.add(dep.name);
            queue.push(dep.name);
        }
    }
    return seen;
}
/** The marker nearest the package on its chain (`['portalocker', 'pywin32']`), if any. */
function markerOnChain(graph, req) {
    const chain = req.chain;
    for (let i = chain.length - 1; i >= 0; i--) {
        const parents = i > 0 ? [chain[i - 1]] : graph.projects;
        const markers = parents.flatMap((p) => edgesFrom(graph, p)
            .filter((d) => d.name === chain[i])
            .map((d) => d.marker));
        const marked = markers.filter((m) => m !== undefined);
        if (marked.length)
            return [...new Set(marked)].join(' or ');
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/actions/license-gate/check.ts









const ORDER = { fail: 0, unknown: 1, pass: 2, ignored: 3 };
function sortReports(reports) {
    return reports.sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] || a.key.localeCompare(b.key));
}
function countReports(reports) {
    const n = (v) => reports.filter((r) => r.verdict === v).length;
    return {
        packages: reports.length,
        incompatible: reports.filter((r) => r.incompatible).length,
        failed: n('fail'),
        unknown: n('unknown'),
        ignored: n('ignored'),
        passed: n('pass'),
    };
}
async function judge(dist, policy, req, counted) {
    const license = await resolveLicense(dist.distInfo, dist.metadata);
    const j = judgePackage(policy, dist.name, license);
    const report = {
        name: dist.name,
        key: dist.key,
        version: dist.version,
        distInfo: dist.distInfo,
        license,
        verdict: j.verdict,
        reason: j.reason,
        incompatible: j.incompatible,
        scope: req?.scope ?? 'unlocked',
        chain: req?.chain ?? [],
        requiredBy: req?.requiredBy ?? [],
        counted,
    };
    if (req)
        report.origin = req.origin;
    return report;
}
async function checkLicenses(opts) {
    const started = external_node_perf_hooks_.performance.now();
    const project = (0,uv_project/* locateUvProject */.RQ)(opts.workingDirectory, opts.env, { ceiling: opts.workspace });
    const environment = findEnvironment({
        venv: opts.venv,
        workingDirectory: opts.workingDirectory,
        env: opts.env,
        ...(project ? { project } : {}),
    });
    const lockFile = project?.lockFile ?? external_node_path_.join(opts.workingDirectory, 'uv.lock');
    const graph = external_node_fs_.existsSync(lockFile) ? projectGraph(await (0,uv_lock_graph/* readLockGraph */.uF)(lockFile), project) : undefined;
    const groups = (0,uv_lock_graph/* parseGroups */.Oo)(opts.groups ?? '', graph);
    const classes = graph ? (0,uv_lock_graph/* classifyPackages */.A6)(graph, groups) : undefined;
    const dists = await listDistributions(environment.sitePackages);
    const members = new Set(graph?.members ?? []);
    const packages = [];
    const notInLock = [];
    const excluded = [];
    const otherMembers = [];
    for (const dist of dists) {
        if (members.has(dist.key))
            continue; // the project itself (or another workspace member), installed editable
        const req = classes?.get(dist.key);
        if (!classes)
            packages.push(judge(dist, opts.policy, undefined, true));
        else if (!req && graph?.packages.has(dist.key))
            otherMembers.push({ name: dist.name, version: dist.version });
        else if (!req)
            notInLock.push(judge(dist, opts.policy, undefined, groups.all));
        else if (req.selected)
            packages.push(judge(dist, opts.policy, req, true));
        else
            excluded.push({
                name: dist.name,
                version: dist.version,
                scope: 'dev',
                groups: req.groups,
                chain: req.chain,
            });
    }
    const installed = new Set(dists.map((d) => d.key));
    const notInstalled = [];
    const notForPlatform = [];
    if (graph && classes) {
        const everywhere = unconditionalPackages(graph);
        const missing = [...classes].filter(([name, r]) => r.selected && !installed.has(name));
        for (const [name, req] of missing.sort(([a], [b]) => a.localeCompare(b))) {
            const marker = everywhere.has(name) ? undefined : markerOnChain(graph, req);
            if (marker)
                notForPlatform.push({ name, marker });
            else
                notInstalled.push(name);
        }
    }
    const counted = sortReports(await Promise.all(packages));
    const extra = sortReports(await Promise.all(notInLock));
    const all = groups.all ? sortReports([...counted, ...extra]) : counted;
    const result = {
        environment,
        projects: graph?.projects ?? [],
        groups,
        packages: all,
        excluded,
        notInLock: extra,
        otherMembers,
        notInstalled,
        notForPlatform,
        counts: countReports(all),
        durationMs: external_node_perf_hooks_.performance.now() - started,
    };
    if (graph)
        result.lockFile = lockFile;
    if (project)
        result.project = project;
    return result;
}
/**
 * The lock as the working directory's project sees it: a workspace member (or a root with a `[project]`)
 * counts its own closure, as `uv sync` there installs; a virtual root, or a project the lock does not know
 * (a stale lock), counts every member's.
 */
function projectGraph(graph, project) {
    return (project?.name && (0,uv_lock_graph/* memberGraph */.Vw)(graph, project.name)) || graph;
}

;// CONCATENATED MODULE: ./src/actions/license-gate/inputs.ts


function loadInputs(r, rt) {
    return {
        // The policy readers validate every word and glob, naming the input on error.
        policy: buildPolicy({
            onlyLicenses: r.string('only-licenses', DEFAULT_ONLY_LICENSES),
            failLicenses: r.string('fail-licenses', DEFAULT_FAIL_LICENSES),
            ignorePackages: r.string('ignore-packages', ''),
            failPackages: r.string('fail-packages', ''),
        }),
        groups: r.string('groups', ''),
        venv: r.string('venv'),
        workingDirectory: r.path('working-directory', rt.workspace, 'directory', '.'),
        showOnlyFailing: r.bool('show-only-failing', false),
        zero: r.bool('zero', true),
        report: (0,inputs/* loadReportInputs */.c)(r),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/pyproject-lines.ts + 1 modules
var pyproject_lines = __webpack_require__(4013);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/actions/license-gate/report.ts







const VERDICT_LABEL = {
    fail: '❌ fail',
    unknown: '❓ unknown',
    pass: '✅ pass',
    ignored: '➖ ignored',
};
const SOURCE_LABEL = {
    expression: 'License-Expression',
    field: 'License field',
    classifier: 'classifier',
    file: 'licence file',
};
function chainText(p) {
    if (p.chain.length > 1)
        return p.chain.join(' → ');
    if (p.scope === 'unlocked')
        return 'not in uv.lock';
    return 'direct dependency';
}
function row(p) {
    const source = p.license.source
        ? (SOURCE_LABEL[p.license.source] ?? p.license.source)
        : p.license.found
            ? `${p.license.found.field === 'License' ? SOURCE_LABEL.field : SOURCE_LABEL.expression} (not read)`
            : 'none found';
    return [
        (0,markdown/* code */.aY)(p.name),
        (0,markdown/* escapeCell */.kq)(p.version),
        (0,markdown/* escapeCell */.kq)(p.license.text),
        (0,markdown/* escapeCell */.kq)(source),
        (0,markdown/* escapeCell */.kq)(p.license.families.join(', ')),
        VERDICT_LABEL[p.verdict],
        (0,markdown/* escapeCell */.kq)(p.reason),
        (0,markdown/* escapeCell */.kq)(chainText(p)),
    ];
}
const HEADERS = ['package', 'version', 'licence', 'from', 'family', 'verdict', 'why', 'required by'];
/**
 * One finding per incompatible package, on the pyproject.toml line that declares the direct dependency
 * bringing it in (the place to act), or on pyproject.toml itself when that line cannot be found. In a uv
 * workspace that is the member's pyproject.toml, where its dependencies are declared.
 */
function licenseFindings(result, projectDir, workspace, zero) {
    const pyproject = result.project?.pyproject ?? external_node_path_.join(projectDir, 'pyproject.toml');
    const lines = external_node_fs_.existsSync(pyproject)
        ? (0,pyproject_lines/* findDependencyLines */.Wn)(external_node_fs_.readFileSync(pyproject, 'utf8'))
        : new Map();
    const rel = external_node_path_.relative(workspace, pyproject).split(external_node_path_.sep).join('/');
    return result.packages
        .filter((p) => p.incompatible)
        .map((p) => {
        const direct = p.chain[0] ?? p.name;
        const where = lines.get((0,python_names/* normalizePackageName */.N)(direct));
        const via = p.chain.length > 1 ? ` (required by ${p.chain.join(' → ')})` : '';
        const found = p.license.found;
        // The licence, not the version: a version bump under the same licence stays accepted in a baseline.
        // An unreadable licence string keeps the "unknown" fingerprint it had before the string was shown.
        const key = p.license.expression || !found ? p.license.text : 'unknown';
        const finding = {
            tool: 'license-gate',
            rule: p.verdict === 'unknown' ? 'unknown-license' : 'incompatible-license',
            severity: zero ? 'error' : 'warning',
            message: found
                ? `${p.name} ${p.version}${via}: ${p.reason}`
                : `${p.name} ${p.version}: ${p.license.text}${via}. ${p.reason}`,
            fingerprint: (0,external_node_crypto_.createHash)('sha256').update(`license-gate\0${p.key}\0${key}`).digest('hex'),
            data: {
                package: p.name,
                version: p.version,
                license: p.license.text,
                verdict: p.verdict,
                ...(found && { licenseFound: found.value, licenseField: found.field, licenseWhy: found.why }),
            },
        };
        if (external_node_fs_.existsSync(pyproject))
            finding.file = rel;
        if (where)
            finding.line = where.line;
        return finding;
    });
}
function buildReport(result, findings, opts) {
    const c = result.counts;
    const failing = result.packages.filter((p) => p.incompatible);
    const rest = result.packages.filter((p) => !p.incompatible);
    const verdict = c.incompatible === 0 ? 'pass' : opts.zero ? 'fail' : 'warn';
    const headline = c.incompatible === 0
        ? `all ${c.packages} packages have licences the policy allows`
        : `${c.incompatible} of ${c.packages} packages are incompatible (${c.failed} failing, ${c.unknown} unknown)`;
    const sections = [];
    if (failing.length)
        sections.push({ title: 'Incompatible packages', markdown: (0,markdown/* table */.tp)(HEADERS, failing.map(row)) });
    if (!opts.showOnlyFailing && rest.length) {
        sections.push({
            title: `All other packages (${rest.length})`,
            markdown: (0,markdown/* table */.tp)(HEADERS, rest.map(row)),
            collapsed: true,
        });
    }
    const notes = [];
    const groups = result.groups.all
        ? 'all groups'
        : result.groups.groups.length
            ? `runtime + ${(0,markdown/* escapeInline */.VV)(result.groups.groups.join(', '))}`
            : 'runtime dependencies';
    const project = result.project;
    if (project?.workspace) {
        const { dir, role } = (0,uv_project/* describeUvProject */.yu)(project, opts.workspace ?? project.root);
        const [only, ...more] = result.projects;
        const whose = only && more.length === 0 ? `the closure of ${(0,markdown/* code */.aY)(only)}` : "every member's closure";
        notes.push(`Project ${(0,markdown/* code */.aY)(dir)} (${(0,markdown/* escapeInline */.VV)(role ?? '')}): ${whose}, read from the workspace's uv.lock.`);
    }
    notes.push(`Environment ${(0,markdown/* code */.aY)(result.environment.root)} (found by ${result.environment.foundBy}); counted: ${groups}${result.lockFile ? `, per ${(0,markdown/* code */.aY)(result.lockFile)}` : ' (no uv.lock: every installed package)'}; ${Math.round(result.durationMs)} ms.`);
    if (result.excluded.length)
        notes.push(`${result.excluded.length} dev-only packages not counted (use \`groups: all\` to include them).`);
    if (result.notInLock.length && !result.groups.all) {
        notes.push(`Installed but not in uv.lock (judged, not counted): ${result.notInLock.map((p) => `${(0,markdown/* code */.aY)(p.name)} (${VERDICT_LABEL[p.verdict]})`).join(', ')}.`);
    }
    if (result.otherMembers.length) {
        notes.push(`Installed for other members of the workspace, not this project (not counted): ${result.otherMembers.map((p) => (0,markdown/* code */.aY)(p.name)).join(', ')}.`);
    }
    if (result.notInstalled.length)
        notes.push(`In uv.lock but not installed: ${result.notInstalled.map(markdown/* code */.aY).join(', ')}.`);
    if (result.notForPlatform.length) {
        const list = result.notForPlatform.map((p) => `${(0,markdown/* code */.aY)(p.name)} (marker ${(0,markdown/* code */.aY)(p.marker)})`).join(', ');
        notes.push(`Not for this platform (not installed, needed only under its marker): ${list}.`);
    }
    sections.push({ title: 'Scope', markdown: notes.map((n) => `- ${n}`).join('\n') });
    if (failing.length) {
        sections.push({
            title: 'How to fix',
            markdown: (0,markdown/* details */.zH)('Options', [
                '- Replace or drop the dependency that brings the package in (the annotation marks its line in pyproject.toml).',
                '- If its licence is acceptable for how you ship, add the family to `only-licenses`, or the package to `ignore-packages` with a reason: `name  # reason`.',
                "- For an unknown licence, check the project's repository and list it in `ignore-packages` with what you found.",
            ].join('\n')),
        });
    }
    return {
        action: 'license-gate',
        title: 'Licences',
        verdict,
        headline,
        findings,
        sections,
        toolRuns: [
            {
                tool: 'license-gate',
                findings: findings.length,
                durationMs: Math.round(result.durationMs),
                exitCode: 0,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/actions/license-gate/definition.ts




async function main(i, rt) {
    const result = await checkLicenses({
        workingDirectory: i.workingDirectory,
        workspace: rt.workspace,
        venv: i.venv,
        env: rt.env,
        policy: i.policy,
        groups: i.groups,
    });
    const findings = licenseFindings(result, i.workingDirectory, rt.workspace, i.zero);
    const report = buildReport(result, findings, {
        zero: i.zero,
        showOnlyFailing: i.showOnlyFailing,
        workspace: rt.workspace,
    });
    const published = await (0,inputs/* publishWithInputs */.Z)(report, rt, i.report, { commentKey: 'licenses' });
    rt.setOutput('packages', result.counts.packages);
    rt.setOutput('incompatible', result.counts.incompatible);
    rt.setOutput('unknown', result.counts.unknown);
    const blocking = published.newFindings.length;
    if (i.zero && blocking > 0) {
        const names = published.newFindings.map((f) => f.data?.package).join(', ');
        throw new Error(`license-gate: ${blocking} incompatible package${blocking === 1 ? '' : 's'}: ${names}`);
    }
}
const definition = {
    name: 'license-gate',
    command: 'licenses',
    description: 'Check the licences of the installed dependencies against an allow/deny policy, offline',
    loadInputs: loadInputs,
    main,
};


/***/ })

};
