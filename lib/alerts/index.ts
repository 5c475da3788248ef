/**
 * What the user is told about new items: the badge count, the alert rules, their sentences and the notification plan.
 */
export * from './badge';
export * from './rules';
export * from './describe';
export * from './notify';
export * from './badge-title';
