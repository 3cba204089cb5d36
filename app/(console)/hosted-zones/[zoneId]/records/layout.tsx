// Every page that changes records sits behind the same "change-dns" gate.
export { default } from "../_components/change-records-layout";
