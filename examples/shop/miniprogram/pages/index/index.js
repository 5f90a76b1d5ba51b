// pages/index/index.js
const app = getApp()

const GOODS = [
  { id: 101, title: '云南小粒咖啡豆 500g', cover: 'https://example.com/images/goods/101.jpg', price: 68, original: 98, sales: 1203, category: 'food' },
  { id: 102, title: '手工青瓷马克杯', cover: 'https://example.com/images/goods/102.jpg', price: 45, original: 0, sales: 356, category: 'home' },
  { id: 103, title: '纯棉四件套 1.8m 床用', cover: 'https://example.com/images/goods/103.jpg', price: 299, original: 459, sales: 87, category: 'home' },
  { id: 104, title: '新疆阿克苏冰糖心苹果 5kg', cover: 'https://example.com/images/goods/104.jpg', price: 59.9, original: 79.9, sales: 2541, category: 'fresh' }
]

Page({
  data: {
    shopName: '',
    keyword: '',
    banners: [
      { id: 1, image: 'https://example.com/images/banner/spring.jpg', goodsId: 101 },
      { id: 2, image: 'https://example.com/images/banner/home.jpg', goodsId: 103 }
    ],
    categories: [
      { key: 'all', name: '全部' },
      { key: 'fresh', name: '生鲜' },
      { key: 'food', name: '食品' },
      { key: 'home', name: '家居' }
    ],
    activeCategory: 'all',
    goodsList: [],
    loading: true
  },

  onLoad(options) {
    this.setData({
      shopName: app.globalData.shopName,
      activeCategory: options.category || 'all'
    })
    this.loadGoods()
  },

  onPullDownRefresh() {
    this.loadGoods()
    wx.stopPullDownRefresh()
  },

  onShareAppMessage() {
    return {
      title: `${this.data.shopName}：好物低至五折`,
      path: '/pages/index/index'
    }
  },

  loadGoods() {
    const { activeCategory, keyword } = this.data
    const goodsList = GOODS.filter((item) => {
      const inCategory = activeCategory === 'all' || item.category === activeCategory
      const matches = !keyword || item.title.indexOf(keyword) !== -1
      return inCategory && matches
    })
    this.setData({ goodsList, loading: false })
  },

  onSearchInput(e) {
    this.setData({ keyword: e.detail.value.trim() })
  },

  onSearchConfirm() {
    this.loadGoods()
  },

  onBannerTap(e) {
    const { id } = e.currentTarget.dataset
    wx.navigateTo({ url: `/pages/goods/detail?id=${id}` })
  },

  onCategoryTap(e) {
    const { key } = e.currentTarget.dataset
    if (key === this.data.activeCategory) {
      return
    }
    this.setData({ activeCategory: key }, () => this.loadGoods())
  },

  onGoodsTap(e) {
    const { id } = e.currentTarget.dataset
    wx.navigateTo({ url: `/pages/goods/detail?id=${id}` })
  },

  onAddCart(e) {
    const { title } = e.currentTarget.dataset
    const count = app.addToCart(1)
    wx.showToast({ title: `已加入购物车（${count}）`, icon: 'none' })
    console.log('add to cart:', title)
  },

  onHelpTap() {
    wx.navigateTo({ url: '/packageService/pages/help/index' })
  }
})
