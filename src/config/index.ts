export { loadConfig, summarizeConfig, ConfigError, type Config, type OAuthSettings } from './config.js';
