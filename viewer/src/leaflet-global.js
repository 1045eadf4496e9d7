// leaflet.markercluster extends the global L: it must exist before it loads.
import L from 'leaflet';
window.L = L;
export default L;
