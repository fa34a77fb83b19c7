// Mini-program: nothing here on purpose. The officer handlers ship with the officer subpackage and
// are installed by its pages (src/officer/mock-install.ts), keeping them out of the main package.
export {}
