export default definePageConfig({
  navigationBarTitleText: '购物车',
  usingComponents: {
    cell: 'plugin://contactPlugin/cell',
  },
})
