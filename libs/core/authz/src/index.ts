export { Role } from './role';
