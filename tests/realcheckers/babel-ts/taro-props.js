#!/usr/bin/env node
// The prop names Taro collects for each intrinsic element of a JSX/TSX view: compile the file
// with Babel's React JSX transform (automatic runtime, as babel-preset-taro does for React),
// then keep, for each _jsx/_jsxs/createElement call whose type is a string, the keys of its
// literal props object that Taro's TaroNormalModulesPlugin keeps (an identifier key, not
// `children`, not `id`; spread members skipped). Prints [{"tag": T, "props": [...]}, ...].
// A file Babel's transform rejects prints {"error": MESSAGE} and exits 1.
// usage: node taro-props.js FILE
'use strict'
const fs = require('fs')
const path = require('path')
const babel = require('@babel/core')

const file = process.argv[2]
if (!file) { console.error('usage: node taro-props.js FILE'); process.exit(2) }
const ext = path.extname(file).toLowerCase()
let result
try {
  result = babel.transformSync(fs.readFileSync(file, 'utf8'), {
  filename: file,
  babelrc: false,
  configFile: false,
  ast: true,
  code: false,
  parserOpts: { sourceType: 'module', plugins: ext === '.tsx' || ext === '.ts' ? ['typescript', 'jsx'] : ['jsx'] },
  plugins: [[require.resolve('@babel/plugin-transform-react-jsx'), { runtime: 'automatic' }]]
  })
} catch (error) { // what the build would print: e.g. a namespaced name such as a:b
  process.stdout.write(JSON.stringify({ error: error.message.split('\n')[0] }) + '\n')
  process.exit(1)
}

function isCreateCall (callee) {
  if (callee.type === 'MemberExpression') return callee.property.name === 'createElement'
  return callee.type === 'Identifier' && (callee.name === '_jsx' || callee.name === '_jsxs')
}

const found = []
babel.traverse(result.ast, {
  CallExpression (p) {
    const [type, props] = p.node.arguments
    if (!isCreateCall(p.node.callee) || !type || type.type !== 'StringLiteral') return
    const names = props && props.type === 'ObjectExpression'
      ? props.properties
        .filter((q) => q.type === 'ObjectProperty' && q.key.type === 'Identifier' &&
          q.key.name !== 'children' && q.key.name !== 'id')
        .map((q) => q.key.name)
      : []
    found.push({ tag: type.value, props: names })
  }
})
process.stdout.write(JSON.stringify(found) + '\n')
