// Element tags the text walkers treat specially (shared by the bootstrap and the detector).

/** Text inside these is never marked. */
export const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'CODE', 'KBD', 'SAMP', 'svg', 'TITLE']);

/** Past this many characters a text may be a script's or a style's, so its element is checked
 *  before the text is scanned; a shorter one is scanned first and its element checked only for a
 *  hit (most texts have none, and looking at the element makes a wrapper for it). */
export const LONG_TEXT = 400;

/** Selector for elements that may host a shadow root: not the commonest elements, which
 *  practically never do, so that the shadow-root search skips them in the selector engine. (A short
 *  list: a long :not() costs more than it saves.) Written out, not built from a set: the boot
 *  script builds nothing it can avoid at load. */
export const NOT_STANDARD =
  ':not(html,head,title,body,div,span,p,a,li,ul,ol,img,br,b,i,em,strong,small,button,input,label,svg,path,g,use,td,tr,table,h1,h2,h3,h4,section,article,header,footer,nav,script,style,link,meta)';
/** The same elements, by tag name as `localName` gives it. */
export const STANDARD = /* @__PURE__ */ new Set(NOT_STANDARD.slice(5, -1).split(','));
