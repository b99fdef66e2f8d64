import dayjs from 'dayjs';
import { useDeepEffect } from '../hooks/useDeepEffect';

export const Vedtak = ({ filter }: { filter: object }) => {
    useDeepEffect(() => console.log('filter endret'), [filter]);
    return <p>Oppdatert {dayjs().format('DD.MM.YYYY')}</p>;
};
