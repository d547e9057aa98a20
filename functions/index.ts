// The custom-functions entry: importing each family registers its functions (the metadata plugin's loader
// appends the CustomFunctions.associate calls to each file listed in webpack.config.js).
import "./churn";
import "./clv";
import "./clv-btyd";
import "./kmeans";
import "./member";
import "./profile";
import "./promo";
import "./promo-kpis";
import "./rfm";
import "./rfm-scores";
import "./rfm-segment";
import "./rfm-table";
import "./rfm-customers";
