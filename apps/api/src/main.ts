import { x } from '@app/core/config';
console.log(x);
