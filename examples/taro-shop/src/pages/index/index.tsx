import { View, Text, Image, Navigator } from '@tarojs/components'
import { useState } from 'react'

import './index.scss'

type Goods = { id: number, title: string, price: number, image: string }

const GOODS: Goods[] = [
  { id: 1, title: '云南小粒咖啡豆 500g', price: 68, image: 'https://example.com/coffee.png' },
  { id: 2, title: '手工青瓷马克杯', price: 39, image: 'https://example.com/mug.png' },
  { id: 3, title: '新疆阿克苏冰糖心苹果 5kg', price: 59, image: 'https://example.com/apple.png' },
]

export default function Index() {
  const [goods] = useState(GOODS)

  return (
    <View className='index'>
      {goods.map((item) => (
        <View className='goods' key={item.id}>
          <Image className='goods__image' src={item.image} mode='aspectFill' />
          <Text className='goods__title'>{item.title}</Text>
          <Text className='goods__price'>¥{item.price}</Text>
        </View>
      ))}
      <Navigator url='/packageService/pages/help/index'>帮助中心</Navigator>
    </View>
  )
}
