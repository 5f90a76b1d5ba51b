#!/usr/bin/env node
// Render one mini-program page with WeChat's component simulator (miniprogram-simulate,
// j-component, exparser, the official `wcc`) and play every `completemessage` errcode
// of the contact plugin at it through a stub `cell`. Prints one JSON report on stdout.
//
//   node simulate_page.js --modules DIR --page APP_ROOT/pages/contact/index --root APP_ROOT
//        [--environment wxwork] [--qy 1] [--wecom-signals environment,qy]
//        [--errcodes 0,-3002,...] [--compiler official|simulate]
//
// Inside WeCom, getSystemInfoSync().environment is 'wxwork' (--environment wxwork) and the
// `wx.qy` namespace exists (--qy 1); each can be faked alone, to prove that a page's check
// does not rely on one of them only. --wecom-signals renders the page once more per signal,
// that signal alone, after the plain rendering: report.wecom = {signal: {cells, errors, console}}.
//
// Report: {environment, load: Bucket, cells: [{data, visible}], results: {errcode: Bucket},
// fatal: null | string}; Bucket = {handlers: [{method, event}], calls: [{api, args}], errors: [text],
// console: [text]}. The exit code is 0 whenever a report was written.
'use strict'

const fs = require('fs')
const path = require('path')
const {createRequire} = require('module')

function parseArgs(argv) {
  const args = {environment: '', qy: '', 'wecom-signals': '', errcodes: '0', compiler: 'official', sleep: '10'}
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '')
    args[key] = argv[i + 1]
  }
  for (const need of ['modules', 'page', 'root']) {
    if (!args[need]) throw new Error(`missing --${need}`)
  }
  return args
}

const args = parseArgs(process.argv.slice(2))
const requireTool = createRequire(path.join(path.resolve(args.modules), 'node_modules', '.wecontact'))
let environment = args.environment || undefined
const inWeCom = environment === 'wxwork' || Boolean(args.qy)

// ---- what happened, bucket by bucket ---------------------------------------------------
function newBucket() {
  return {handlers: [], calls: [], errors: [], console: []}
}
let current = newBucket()
const report = {environment: environment || null, qy: Boolean(args.qy), load: current, cells: [], results: {},
  fatal: null}

function describe(err) {
  if (err && err.stack) return String(err.stack).split('\n').slice(0, 4).join('\n')
  return String(err)
}
function recordError(where, err) {
  current.errors.push(`${where}: ${describe(err)}`)
}
function plain(value, depth = 0) {
  // Arguments as JSON: functions become "[function]", cycles and depth are cut.
  if (typeof value === 'function') return '[function]'
  if (value === undefined) return null
  if (value === null || typeof value !== 'object') return value
  if (depth > 4) return '[...]'
  if (Array.isArray(value)) return value.map(v => plain(v, depth + 1))
  const out = {}
  for (const key of Object.keys(value)) out[key] = plain(value[key], depth + 1)
  return out
}

for (const level of ['error', 'warn']) {
  const original = console[level].bind(console)
  console[level] = (...parts) => {
    current.console.push(`${level}: ${parts.map(p => (p instanceof Error ? describe(p) : String(p))).join(' ')}`)
    original(...parts)
  }
}
// stdout carries the report alone: the page's own console.log goes to stderr
for (const level of ['log', 'info', 'debug']) {
  console[level] = (...parts) => process.stderr.write(`${parts.map(String).join(' ')}\n`)
}
process.on('uncaughtException', err => recordError('uncaught', err))
process.on('unhandledRejection', err => recordError('unhandled rejection', err))

// ---- a DOM: jsdom's, including its Event classes (Node 20 has its own, which jsdom rejects)
const {JSDOM} = requireTool('jsdom')
const dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', {
  url: 'https://wecontact.test/page-frame.html',
  pretendToBeVisual: true,
})
const forced = new Set(['Event', 'CustomEvent', 'EventTarget', 'TouchEvent', 'MouseEvent', 'UIEvent'])
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (key.startsWith('_') || (key in global && !forced.has(key))) continue
  try {
    global[key] = dom.window[key]
  } catch (err) {
    // a read-only global of Node's own: keep it
  }
}
global.window = dom.window
global.document = dom.window.document

// ---- a TypeScript page (index.ts) is transpiled as it is required, as the devtools do --------
require.extensions['.ts'] = (module, filename) => {
  const ts = requireTool('typescript')
  const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: {target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS},
  })
  module._compile(out.outputText, filename)
}
// The simulator requires a page by its path without extension: index.ts must win over
// index.json, so .json moves behind .ts in the resolution order.
const jsonLoader = require.extensions['.json']
delete require.extensions['.json']
require.extensions['.json'] = jsonLoader

// ---- the mini-program globals -------------------------------------------------------------
const app = {globalData: {}}
global.getApp = () => app
global.getCurrentPages = () => []

const simulate = requireTool('miniprogram-simulate')

function callLater(label, fn, value) {
  if (typeof fn !== 'function') return
  const bucket = current
  setTimeout(() => {
    const saved = current
    current = bucket
    try {
      fn(value)
    } catch (err) {
      recordError(`${label} callback`, err)
    }
    current = saved
  }, 0)
}

// An async wx API: success/complete callbacks, or a Promise when none is given (as WeChat does).
function asyncApi(name, result) {
  return (options = {}) => {
    const res = Object.assign({errMsg: `${name}:ok`}, typeof result === 'function' ? result(options) : result)
    if (options && (options.success || options.fail || options.complete)) {
      callLater(`wx.${name} success`, options.success, res)
      callLater(`wx.${name} complete`, options.complete, res)
      return undefined
    }
    return Promise.resolve(res)
  }
}

function systemInfo() {
  return {
    brand: 'devtools', model: 'iPhone 12', platform: 'devtools', system: 'iOS 16.0',
    version: '8.0.50', SDKVersion: '3.4.0', language: 'zh_CN', environment,
    pixelRatio: 3, screenWidth: 390, screenHeight: 844, windowWidth: 390, windowHeight: 844,
  }
}

const stubs = {
  showToast: asyncApi('showToast', {}),
  hideToast: asyncApi('hideToast', {}),
  showLoading: asyncApi('showLoading', {}),
  hideLoading: asyncApi('hideLoading', {}),
  // the user presses the confirm button: follow the page's path as far as it goes
  showModal: asyncApi('showModal', {confirm: true, cancel: false, content: ''}),
  showActionSheet: asyncApi('showActionSheet', {tapIndex: 0}),
  setClipboardData: asyncApi('setClipboardData', {}),
  getClipboardData: asyncApi('getClipboardData', {data: ''}),
  navigateTo: asyncApi('navigateTo', {}),
  redirectTo: asyncApi('redirectTo', {}),
  switchTab: asyncApi('switchTab', {}),
  reLaunch: asyncApi('reLaunch', {}),
  navigateBack: asyncApi('navigateBack', {}),
  makePhoneCall: asyncApi('makePhoneCall', {}),
  openCustomerServiceChat: asyncApi('openCustomerServiceChat', {}),
  setNavigationBarTitle: asyncApi('setNavigationBarTitle', {}),
  getSystemInfo: asyncApi('getSystemInfo', systemInfo),
  getSystemInfoSync: () => systemInfo(),
  getSystemInfoAsync: asyncApi('getSystemInfoAsync', systemInfo),
  getWindowInfo: () => systemInfo(),
  getDeviceInfo: () => systemInfo(),
  getAppBaseInfo: () => systemInfo(),
  reportEvent: () => undefined,
  reportAnalytics: () => undefined,
}

const baseWx = global.wx || {}
const recorded = {}
for (const name of new Set([...Object.keys(baseWx), ...Object.keys(stubs)])) {
  const impl = stubs[name] || baseWx[name]
  if (typeof impl !== 'function') {
    recorded[name] = impl
    continue
  }
  recorded[name] = (...callArgs) => {
    current.calls.push({api: name, args: plain(callArgs)})
    return impl.apply(recorded, callArgs)
  }
}
// WeCom's own namespace (wx.qy.login, wx.qy.selectEnterpriseContact, ...): its presence is the signal
const wecomNamespace = () => ({login: asyncApi('qy.login', {code: 'wecom-code'})})
if (args.qy) recorded.qy = wecomNamespace()
global.wx = new Proxy(recorded, {
  get(target, prop) {
    if (typeof prop === 'string' && !(prop in target)) current.calls.push({api: prop, missing: true})
    return target[prop]
  },
})

// ---- Page() onto Component(): handlers become methods, onLoad runs when attached ---------
function guarded(name, fn) {
  return function (...callArgs) {
    const event = callArgs[0]
    current.handlers.push({method: name, event: event && typeof event.type === 'string' ? event.type : null})
    try {
      const result = fn.apply(this, callArgs)
      if (result && typeof result.then === 'function') {
        const bucket = current
        result.then(undefined, err => bucket.errors.push(`${name} (async): ${describe(err)}`))
      }
      return result
    } catch (err) {
      recordError(name, err)
      return undefined
    }
  }
}

// A page built with Component(): its methods and lifetimes are recorded the same way. The stub
// cell is loaded before the page and keeps the simulator's own constructor.
const simulatorComponent = global.Component
let recordComponents = false

function guardAll(functions) {
  const out = {}
  for (const key of Object.keys(functions || {})) {
    const value = functions[key]
    out[key] = typeof value === 'function' ? guarded(key, value) : value
  }
  return out
}

global.Component = options => {
  if (!recordComponents || !options) return simulatorComponent(options)
  const wrapped = Object.assign({}, options, {methods: guardAll(options.methods)})
  if (options.lifetimes) wrapped.lifetimes = guardAll(options.lifetimes)
  for (const key of ['created', 'attached', 'ready', 'detached']) {
    if (typeof options[key] === 'function') wrapped[key] = guarded(key, options[key])
  }
  return simulatorComponent(wrapped)
}

global.Page = definition => {
  const methods = {}
  const fields = {}
  for (const key of Object.keys(definition || {})) {
    const value = definition[key]
    if (key === 'data') continue
    if (typeof value === 'function') methods[key] = guarded(key, value)
    else fields[key] = value
  }
  const call = (self, name, value) => (typeof self[name] === 'function' ? self[name](value) : undefined)
  return simulatorComponent({
    data: definition.data || {},
    methods,
    lifetimes: {
      created() {
        Object.assign(this, fields)
      },
      attached() {
        call(this, 'onLoad', {})
        call(this, 'onShow')
      },
      ready() {
        call(this, 'onReady')
      },
    },
  })
}

// ---- the stub cell stands in for every plugin://<alias>/cell of the page -----------------
function pluginCells(pagePath) {
  const json = JSON.parse(fs.readFileSync(`${pagePath}.json`, 'utf8'))
  const using = json.usingComponents || {}
  return Object.keys(using).filter(tag => /^plugin(-private)?:\/\/[^/]+\/cell$/.test(String(using[tag])))
}

// exparser keeps `hidden` (an attribute every component has) in the node's template
// attributes, not in the DOM: walk the exparser tree for it, and the DOM for display: none.
function hiddenAttribute(node) {
  const attrs = (node && node._vt && node._vt.attrs) || []
  const attr = attrs.find(a => a.name === 'hidden')
  if (!attr) return false
  // as for any Boolean in WeChat: a non-empty string, even "false", is true
  return typeof attr.value === 'string' ? attr.value !== '' : Boolean(attr.value)
}

function isVisible(cell) {
  for (let node = cell._exparserNode; node; node = node.parentNode) {
    if (hiddenAttribute(node)) return false
  }
  for (let el = cell._exparserNode && cell._exparserNode.$$; el && el.style; el = el.parentNode) {
    if (el.style.display === 'none') return false
  }
  return true
}

function describeCells() {
  return globalThis.__wecontactCells.map(cell => ({data: plain(cell.data), visible: isVisible(cell)}))
}

async function main() {
  const pagePath = path.resolve(args.page)
  const root = path.resolve(args.root)
  const tags = pluginCells(pagePath)
  const stubId = simulate.load(path.join(__dirname, 'cell', 'index'), 'cell', {compiler: 'simulate'})
  const usingComponents = {}
  for (const tag of tags) usingComponents[tag] = stubId
  recordComponents = true
  const pageId = simulate.load(pagePath, 'page', {
    rootPath: root,
    compiler: args.compiler,
    usingComponents,
  })
  const pause = Number(args.sleep)

  async function renderPage() {
    globalThis.__wecontactCells = []
    const page = simulate.render(pageId)
    const parent = document.createElement('parent-wrapper')
    document.body.appendChild(parent)
    page.attach(parent)
    await simulate.sleep(pause)
    return page
  }

  current = report.load
  report.pluginTags = tags
  let page = await renderPage()
  report.cells = describeCells()
  page.detach()
  report.wecom = {}
  for (const signal of args['wecom-signals'].split(',').filter(Boolean)) {
    const saved = {environment, qy: recorded.qy}
    if (signal === 'environment') environment = 'wxwork'
    else if (signal === 'qy') recorded.qy = wecomNamespace()
    else throw new Error(`unknown WeCom signal ${signal}: environment or qy`)
    const bucket = newBucket()
    current = bucket
    page = await renderPage()
    report.wecom[signal] = {cells: describeCells(), errors: bucket.errors, console: bucket.console}
    page.detach()
    environment = saved.environment
    if (saved.qy === undefined) delete recorded.qy
    else recorded.qy = saved.qy
  }
  if (inWeCom) return

  for (const errcode of args.errcodes.split(',').filter(Boolean).map(Number)) {
    const rendering = newBucket()
    current = rendering
    page = await renderPage() // a fresh page for each errcode: no state leaks between them
    const bucket = newBucket()
    report.results[String(errcode)] = bucket
    bucket.errors.push(...rendering.errors.map(e => `while rendering: ${e}`))
    current = bucket
    const cell = globalThis.__wecontactCells[0]
    if (!cell) {
      bucket.errors.push('no cell was rendered')
    } else {
      const detail = {errcode}
      if (errcode === 0 || errcode === -3006) {
        Object.assign(detail, {name: '客服小李', headurl: 'https://example.com/agent-avatar.png'})
      }
      try {
        cell.fire(detail)
      } catch (err) {
        recordError('triggerEvent', err)
      }
      await simulate.sleep(pause)
      await simulate.sleep(pause) // callbacks of the reaction itself (a modal's success)
    }
    page.detach()
  }
}

main()
  .catch(err => {
    report.fatal = describe(err)
  })
  .then(() => {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    process.exit(0)
  })
