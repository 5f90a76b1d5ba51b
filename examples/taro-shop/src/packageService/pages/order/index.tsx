import { View, Text } from '@tarojs/components'
import ContactBar from '../../../components/ContactBar'

export default function Order() {
  return (
    <View className='order'>
      <Text>订单确认</Text>
      <ContactBar plugid='wk7a1b2c3d4e5f' hint='支付遇到问题？' />
    </View>
  )
}
