export { loadConfig, summarizeConfig, ConfigError, type Config } from './config.js';
