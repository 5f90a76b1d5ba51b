export default definePageConfig({
  navigationBarTitleText: '帮助中心',
  usingComponents: {
    cell: 'plugin://contactPlugin/cell',
  },
})
