// email-providers ships JSON without type declarations: a list of personal mailbox domains.
declare module 'email-providers' {
  const domains: readonly string[];
  export default domains;
}
