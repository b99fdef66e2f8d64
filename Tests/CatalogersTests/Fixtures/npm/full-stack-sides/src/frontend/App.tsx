import { useState } from 'react';
import { Vedtak } from './komponenter/Vedtak';

export const App = () => {
    const [filter] = useState({ status: 'åpen' });
    return <Vedtak filter={filter} />;
};
