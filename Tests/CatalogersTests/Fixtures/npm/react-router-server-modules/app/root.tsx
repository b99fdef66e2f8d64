import { Outlet } from 'react-router'
import { format } from 'date-fns'

export default function App() {
  return <main><p>{format(new Date(), 'yyyy')}</p><Outlet /></main>
}
