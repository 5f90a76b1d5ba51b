export default definePageConfig({
  navigationBarTitleText: '确认订单',
  usingComponents: {
    cell: 'plugin://contactPlugin/cell',
  },
})
