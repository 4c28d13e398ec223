/** Where the inspector page lives; its files are under it, and GET / points here. */
export const INSPECTOR_PATH = '/__mock/ui';
