// The router lives in ui/ now; staff screens still import it from here until they move to their domains.
export { Link, matchPath, navigate, usePath, useRoute } from '../ui/router';
