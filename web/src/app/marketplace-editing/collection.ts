import type { Need, Offering, OrganisationKind } from '@opi/contracts';

/** The two marketplace collections the editor and "my records" pages serve. */
export type Collection = 'needs' | 'offerings';

/** The record type of each collection. */
export interface RecordOf {
  needs: Need;
  offerings: Offering;
}

export type MarketplaceItem = Need | Offering;

/** Translation keys of the texts that differ between needs and offerings. */
export interface CollectionKeys {
  newDocumentTitle: string;
  editDocumentTitle: string;
  newHeading: string;
  editHeading: string;
  newLead: string;
  editLead: string;
  loading: string;
  loadError: string;
  notFound: string;
  noOrganisation: string;
  conflict: string;
  forbidden: string;
  saved: string;
  deleteTitle: string;
  deleteText: string;
  deleted: string;
  detailsSection: string;
  // "My needs" / "My offerings"
  myHeading: string;
  myLead: string;
  myLoading: string;
  myError: string;
  myEmpty: string;
  myEmptyStatus: string;
  myListLabel: string;
  create: string;
  menu: string;
}

export interface CollectionConfig {
  /** The organisation kinds whose members write records of the collection. */
  kinds: readonly OrganisationKind[];
  keys: CollectionKeys;
}

export const COLLECTIONS: Readonly<Record<Collection, CollectionConfig>> = {
  needs: {
    kinds: ['municipality', 'hospital'],
    keys: {
      newDocumentTitle: 'editing.needs.newDocumentTitle',
      editDocumentTitle: 'editing.needs.editDocumentTitle',
      newHeading: 'editing.needs.newHeading',
      editHeading: 'editing.needs.editHeading',
      newLead: 'editing.needs.newLead',
      editLead: 'editing.needs.editLead',
      loading: 'editing.needs.loading',
      loadError: 'editing.needs.loadError',
      notFound: 'editing.needs.notFound',
      noOrganisation: 'editing.needs.noOrganisation',
      conflict: 'editing.needs.conflict',
      forbidden: 'editing.needs.forbidden',
      saved: 'editing.needs.saved',
      deleteTitle: 'editing.needs.deleteTitle',
      deleteText: 'editing.needs.deleteText',
      deleted: 'editing.needs.deleted',
      detailsSection: 'editing.needs.detailsSection',
      myHeading: 'myRecords.needs.heading',
      myLead: 'myRecords.needs.lead',
      myLoading: 'myRecords.needs.loading',
      myError: 'myRecords.needs.error',
      myEmpty: 'myRecords.needs.empty',
      myEmptyStatus: 'myRecords.needs.emptyStatus',
      myListLabel: 'myRecords.needs.listLabel',
      create: 'myRecords.needs.create',
      menu: 'myRecords.needs.menu',
    },
  },
  offerings: {
    kinds: ['company', 'knowledge_institution'],
    keys: {
      newDocumentTitle: 'editing.offerings.newDocumentTitle',
      editDocumentTitle: 'editing.offerings.editDocumentTitle',
      newHeading: 'editing.offerings.newHeading',
      editHeading: 'editing.offerings.editHeading',
      newLead: 'editing.offerings.newLead',
      editLead: 'editing.offerings.editLead',
      loading: 'editing.offerings.loading',
      loadError: 'editing.offerings.loadError',
      notFound: 'editing.offerings.notFound',
      noOrganisation: 'editing.offerings.noOrganisation',
      conflict: 'editing.offerings.conflict',
      forbidden: 'editing.offerings.forbidden',
      saved: 'editing.offerings.saved',
      deleteTitle: 'editing.offerings.deleteTitle',
      deleteText: 'editing.offerings.deleteText',
      deleted: 'editing.offerings.deleted',
      detailsSection: 'editing.offerings.detailsSection',
      myHeading: 'myRecords.offerings.heading',
      myLead: 'myRecords.offerings.lead',
      myLoading: 'myRecords.offerings.loading',
      myError: 'myRecords.offerings.error',
      myEmpty: 'myRecords.offerings.empty',
      myEmptyStatus: 'myRecords.offerings.emptyStatus',
      myListLabel: 'myRecords.offerings.listLabel',
      create: 'myRecords.offerings.create',
      menu: 'myRecords.offerings.menu',
    },
  },
};
