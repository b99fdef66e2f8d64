import deepEqual from 'deep-equal';
import { useEffect, useRef } from 'react';

export const useDeepEffect = (effect: () => void, deps: unknown[]) => {
    const forrige = useRef<unknown[]>();
    if (!deepEqual(forrige.current, deps)) forrige.current = deps;
    useEffect(effect, [forrige.current]);
};
