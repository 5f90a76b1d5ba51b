import { View, Text, Button } from '@tarojs/components'
import Taro from '@tarojs/taro'
import ContactBar from '../../components/ContactBar'

import './index.scss'

export default function Cart() {
  const checkout = () => {
    Taro.navigateTo({ url: '/packageService/pages/order/index' })
  }

  return (
    <View className='cart'>
      <Text className='cart__empty'>购物车里还没有商品</Text>
      <Button className='cart__checkout' onClick={checkout}>去结算</Button>
      <ContactBar plugid='wk7a1b2c3d4e5f' hint='下单遇到问题？' />
    </View>
  )
}
