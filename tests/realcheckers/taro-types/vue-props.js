#!/usr/bin/env node
// The attribute names Taro collects from each <TAG> of a Vue single-file component's template:
// the template is parsed by Vue's own compiler (@vue/compiler-core), then Taro's rule is applied
// exactly as getMiniVueLoaderOptions (@tarojs/plugin-framework-vue3) writes it for a third-party
// component: a plain attribute's name; a directive's static argument, with `on` before v-on's.
// Prints [["name", ...], ...] (one list per element, in document order).
// usage: node vue-props.js FILE.vue TAG
'use strict'
const fs = require('fs')
const { baseParse } = require('@vue/compiler-core')

const [file, tag] = process.argv.slice(2)
if (!file || !tag) { console.error('usage: node vue-props.js FILE.vue TAG'); process.exit(2) }
const source = fs.readFileSync(file, 'utf8')
const start = source.indexOf('<template>')
const end = source.lastIndexOf('</template>')
if (start < 0 || end < 0) { console.error('no <template> block'); process.exit(2) }
const root = baseParse(source.slice(start + '<template>'.length, end), { onError: (e) => { throw e } })
const found = []
const walk = (node) => {
  if (node.type === 1 /* ELEMENT */ && node.tag === tag) {
    const names = []
    node.props.forEach((prop) => {
      if (prop.type === 6 /* ATTRIBUTE */) {
        names.push(prop.name)
      } else if (prop.type === 7 /* DIRECTIVE */ && prop.arg && prop.arg.type === 4 /* SIMPLE_EXPRESSION */) {
        names.push(prop.name === 'on' ? `on${prop.arg.content}` : prop.arg.content)
      }
    })
    found.push(names)
  }
  (node.children || []).forEach(walk)
}
walk(root)
process.stdout.write(JSON.stringify(found) + '\n')
