// pages/index/index.js
Page({
  data: {
    flowers: [
      { id: 1, name: '红玫瑰 11 枝', price: 99 },
      { id: 2, name: '向日葵 3 枝', price: 59 }
    ]
  }
})
